// Main-thread tasks of one tab from a Chromium trace, with whose code ran in each: so a bench can
// tell a long task caused by Settle's content script from the console page's own.

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';
/** Trace events that name the script whose code they ran. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireIdleCallback']);

/** Starts tracing `page` (Playwright, Chromium) through its own DevTools session; `stop()` returns the tasks. */
export async function traceTasks(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return tasksOf(events);
    },
  };
}

/**
 * Every task of a renderer's main thread, as `{ ms, scripts }`: its length, and the addresses of
 * the scripts whose code ran within it (a content script's evaluation, its callbacks, its timers).
 */
function tasksOf(events) {
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && e.args.data && e.args.data.url);
  return tasks.map((task) => ({
    ms: task.dur / 1000,
    scripts: new Set(
      scripts
        .filter((s) => s.pid === task.pid && s.tid === task.tid && s.ts >= task.ts && s.ts < task.ts + task.dur)
        .map((s) => s.args.data.url),
    ),
  }));
}

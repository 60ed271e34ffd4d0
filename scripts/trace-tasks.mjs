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
 * Every task of a renderer's main thread, as `{ ms, scripts }`: its length, and the work it ran
 * that names its script or document, in order, outermost only (an evaluation's compile or a call
 * nested in a callback is in its parent's time): `{ name, url, ms }`, a script's evaluation, its
 * callbacks and timers, and the parsing of a document.
 */
function tasksOf(events) {
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const named = onMain
    .map((e) => ({ event: e, url: urlOf(e) }))
    .filter(({ url }) => url)
    .sort((a, b) => a.event.ts - b.event.ts);
  return tasks.map((task) => {
    const scripts = [];
    let end = -Infinity;
    for (const { event, url } of named) {
      const inTask =
        event.pid === task.pid && event.tid === task.tid && event.ts >= task.ts && event.ts < task.ts + task.dur;
      if (!inTask || event.ts < end) continue;
      scripts.push({ name: event.name, url, ms: event.dur / 1000 });
      end = event.ts + event.dur;
    }
    return { ms: task.dur / 1000, scripts };
  });
}

/** The script a script event ran, or the document a parse event parsed. */
function urlOf(event) {
  if (SCRIPT_EVENTS.has(event.name)) return event.args.data && event.args.data.url;
  if (event.name === 'ParseHTML') return event.args.beginData && event.args.beginData.url;
  return undefined;
}

// `npm test`: typecheck, lint, format, unused code (knip), unit tests, builds, bundle budgets, store lint, browser tests (Chromium and
// Firefox), store packages — one after another (two cores),
// then one line with the total over every runner: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
mkdirSync(RESULTS, { recursive: true });

const npx = (args) => ['npx', ...args];
/** Each step: a command, and either a Vitest JSON report to count or one check that passes or fails. */
const steps = [
  { name: 'typecheck', cmd: npx(['tsc', '--noEmit']) },
  { name: 'lint', cmd: npx(['eslint', '.']) },
  // Prettier (.prettierrc.json): \`npm run format\` fixes what this finds.
  { name: 'format', cmd: npx(['prettier', '--check', '.']) },
  // Unused exports, files and dependencies (knip.json): what nothing uses goes.
  { name: 'unused code', cmd: npx(['knip']) },
  {
    name: 'unit',
    cmd: npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]),
    report: `${RESULTS}/unit.json`,
  },
  // WXT_TEST_CLOCK: browser tests move the extension's clock forward (lib/browser/clock.ts).
  { name: 'build', cmd: npx(['wxt', 'build']), env: { WXT_TEST_CLOCK: '1' } },
  { name: 'build:firefox', cmd: npx(['wxt', 'build', '-b', 'firefox']), env: { WXT_TEST_CLOCK: '1' } },
  // The content scripts' size budgets that `npm run bench` reports (scripts/bundle-budgets.mjs), as one check.
  { name: 'bundle budgets', cmd: ['node', 'scripts/bundle-budgets.mjs'], needs: ['build', 'build:firefox'] },
  // addons.mozilla.org's linter: any finding the README does not explain fails.
  { name: 'store lint', cmd: ['node', 'scripts/lint-firefox.mjs'], needs: ['build:firefox'] },
  {
    name: 'browser',
    cmd: npx([
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}/e2e.json`,
    ]),
    report: `${RESULTS}/e2e.json`,
    needs: ['build', 'build:firefox'],
  },
  // Last: it rebuilds both browsers without the test clock, as shipped.
  { name: 'zip', cmd: ['npm', 'run', 'zip'] },
];

let passed = 0;
let failed = 0;
const failedSteps = new Set();
for (const step of steps) {
  const unmet = (step.needs ?? []).filter((name) => failedSteps.has(name));
  if (unmet.length) {
    console.log(`\n── ${step.name}: not run, ${unmet.join(' and ')} failed`);
    failed++;
    continue;
  }
  console.log(`\n── ${step.name}: ${step.cmd.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that failed to load has no tests to count: count the file.
    const brokenFiles = report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    failed += brokenFiles;
    if (run.status !== 0 && report.numFailedTests + brokenFiles === 0) failed++;
  } else if (run.status === 0) passed++;
  else failed++;
  if (run.status !== 0) failedSteps.add(step.name);
}

console.log(`\n${failedSteps.size ? `Failed: ${[...failedSteps].join(', ')}` : 'All steps passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || failedSteps.size ? 1 : 0);

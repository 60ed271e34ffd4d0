// `web-ext lint` on the Firefox build: fails on any error, warning or notice the README does not
// explain (its "Store lint" table: code and file), and on an explanation no finding needs any more.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SOURCE = process.argv[2] ?? '.output/firefox-mv2';

/** Rows of the README's "Store lint" table: `CODE` | `file` (a build's hashed name may end in -*) | why. */
function explained(readme) {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Store lint')) ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)].map(([, code, file]) => ({ code, file }));
}

const fileMatches = (pattern, file) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.?+^${}()|[\]\\/]/g, '\\$&'))
      .join('[^/]*')}$`,
  ).test(file ?? '');

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const findings = ['errors', 'warnings', 'notices'].flatMap((kind) => report[kind].map((f) => ({ kind, ...f })));
const reasons = explained(readFileSync('README.md', 'utf8'));
const unexplained = findings.filter((f) => !reasons.some((r) => r.code === f.code && fileMatches(r.file, f.file)));
const stale = reasons.filter((r) => !findings.some((f) => r.code === f.code && fileMatches(r.file, f.file)));

for (const f of findings)
  console.log(
    `${f.kind.slice(0, -1)} ${f.code} ${f.file ?? ''}: ${f.message}${unexplained.includes(f) ? '  ← not explained in the README' : '  (explained in the README)'}`,
  );
for (const r of stale)
  console.log(`The README explains ${r.code} in ${r.file}, which web-ext lint no longer reports: remove it.`);
console.log(
  `web-ext lint: ${findings.length} finding(s), ${unexplained.length} not explained, ${stale.length} stale explanation(s).`,
);
process.exit(unexplained.length || stale.length ? 1 : 0);

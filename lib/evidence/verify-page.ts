import { t } from '../i18n/t';
import { escapeHtml, scriptJson } from './html';
import { verifyPackage } from './verify-package';

/**
 * verify.html: a page anyone opens offline (a court clerk, the other side's lawyer) to check an
 * unzipped package with no Settle installed. It carries `verifyPackage` itself as its source, reads
 * the chosen (or dropped) folder with the File API and checks it with WebCrypto; the outcome goes
 * into #result, as text only.
 */
export function verifyPage(lang: string): string {
  const words = {
    working: t('pkgVerifyWorking'),
    good: t('pkgVerifyGood_other', '$1', '$2', '$3'),
    goodOneEvent: t('pkgVerifyGood_one', '$1', '$2', '$3'),
    bad: t('pkgVerifyBad'),
    missing: t('pkgVerifyMissing', '$1'),
    changed: t('pkgVerifyChanged', '$1'),
    brokenChain: t('pkgVerifyBrokenChain', '$1'),
    notPackage: t('pkgVerifyNotPackage', '$1'),
    stamped: t('pkgVerifyStamped'),
  };
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('pkgVerifyTitle'))}</title>
<style>
body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2327; }
#drop { border: 2px dashed #8c8f94; border-radius: 8px; padding: 1.5rem; margin: 1rem 0; }
#drop.over { border-color: #b45309; background: #fff7ed; }
#result { padding: 1rem; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
#result[data-outcome="good"] { background: #edfaef; border: 1px solid #00a32a; }
#result[data-outcome="bad"] { background: #fcf0f1; border: 1px solid #d63638; }
ul { padding-left: 1.2rem; }
</style>
</head>
<body>
<h1>${escapeHtml(t('pkgVerifyTitle'))}</h1>
<p>${escapeHtml(t('pkgVerifyHow'))}</p>
<div id="drop"><label>${escapeHtml(t('pkgVerifyChoose'))}<br><input type="file" id="folder" webkitdirectory multiple></label></div>
<div id="result" role="status" aria-live="polite"></div>
<script>
const WORDS = ${scriptJson(words)};
const verifyPackage = ${verifyPackage.toString()};
const say = (template, ...values) => values.reduce((s, v, i) => s.split('$' + (i + 1)).join(String(v)), template);

// Paths inside the package: the chosen folder's own name is dropped ("case-1042/manifest.json" → "manifest.json").
function byPath(files) {
  const map = new Map();
  for (const { file, path } of files) map.set(path.split('/').slice(1).join('/') || path, file);
  return map;
}

async function check(files) {
  const result = document.getElementById('result');
  result.removeAttribute('data-outcome');
  result.textContent = WORDS.working;
  const map = byPath(files);
  const read = async (path) => { const f = map.get(path); return f ? new Uint8Array(await f.arrayBuffer()) : undefined; };
  const outcome = await verifyPackage(read, crypto.subtle);
  result.textContent = '';
  if (outcome.error) {
    result.dataset.outcome = 'bad';
    result.textContent = say(WORDS.notPackage, outcome.error);
    return;
  }
  if (outcome.ok) {
    result.dataset.outcome = 'good';
    // English says "1 event" and "2 events" (the Chinese words are the same in both).
    result.textContent = say(outcome.length === 1 ? WORDS.goodOneEvent : WORDS.good, outcome.checked, outcome.length, outcome.head);
    if (outcome.stamped) {
      const stamped = document.createElement('p');
      stamped.className = 'stamped';
      stamped.textContent = WORDS.stamped;
      result.append(stamped);
    }
    return;
  }
  result.dataset.outcome = 'bad';
  const head = document.createElement('p');
  head.textContent = WORDS.bad;
  const list = document.createElement('ul');
  for (const f of outcome.failing) {
    const li = document.createElement('li');
    li.dataset.path = f.path;
    li.textContent = say(f.problem === 'missing' ? WORDS.missing : WORDS.changed, f.path);
    list.append(li);
  }
  if (outcome.brokenLine !== undefined) {
    const li = document.createElement('li');
    li.dataset.chainLine = String(outcome.brokenLine);
    li.textContent = say(WORDS.brokenChain, outcome.brokenLine);
    list.append(li);
  }
  result.append(head, list);
}

document.getElementById('folder').addEventListener('change', (event) => {
  check([...event.target.files].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
});

// A dropped folder: walk its entries (DataTransferItem.webkitGetAsEntry).
const drop = document.getElementById('drop');
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const files = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      files.push({ file: await new Promise((ok, fail) => entry.file(ok, fail)), path: prefix + entry.name });
      return;
    }
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
      if (!batch.length) break;
      for (const child of batch) await walk(child, prefix + entry.name + '/');
    }
  };
  for (const item of event.dataTransfer.items) {
    const entry = item.webkitGetAsEntry && item.webkitGetAsEntry();
    if (entry) await walk(entry, '');
  }
  check(files);
});
</script>
</body>
</html>
`;
}

import { escapeHtml } from './html';

/** A kept demand letter as a printable page: its words exactly, as text, nothing added. */
export function letterHtml(text: string, title: string, lang: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.6 Georgia, "Noto Serif CJK SC", "Noto Serif CJK TC", serif; max-width: 42rem; margin: 3rem auto; padding: 0 1.5rem; color: #111; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0; }
@media print { body { margin: 0 auto; } }
</style>
</head>
<body><pre>${escapeHtml(text)}</pre></body>
</html>
`;
}

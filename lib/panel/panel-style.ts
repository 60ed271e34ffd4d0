const LATIN = [
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  '"Liberation Sans"',
  '"DejaVu Sans"',
];
const SIMPLIFIED = ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"'];
const TRADITIONAL = ['"PingFang TC"', '"Microsoft JhengHei"', '"Noto Sans CJK TC"'];

/**
 * The panel's fonts: Latin first, Chinese after. A browser takes each character from the first
 * listed font that has it, and the CJK fonts have full-width curly quotes and apostrophes: listed
 * first, they set “Message buyer” and buyer’s with wide gaps, and a Chinese panel shows English
 * drafts too. No Latin font has Chinese characters, so those still come from the CJK fonts, of the
 * panel's own script (Traditional for zh-TW and zh-HK).
 */
export const PANEL_FONTS = {
  simplified: [...LATIN, ...SIMPLIFIED, 'sans-serif'],
  traditional: [...LATIN, ...TRADITIONAL, 'sans-serif'],
};

/** The panel's look, in its own frame (panel.html): the console's CSS never reaches it. */
export const PANEL_CSS = `
html, body { margin: 0; background: transparent; }
body { font: 14px/1.5 ${PANEL_FONTS.simplified.join(', ')}; color: #1d2327; }
html:lang(zh-TW) body, html:lang(zh-HK) body { font-family: ${PANEL_FONTS.traditional.join(', ')}; }
.panel { border: 1px solid #c3c4c7; border-left: 4px solid #b45309; background: #fff; padding: 12px 16px; max-width: 880px; }
h2 { font-size: 15px; margin: 0 0 6px; }
p { margin: 4px 0; }
.flag { background: #fcf0f1; border: 1px solid #d63638; padding: 6px 10px; color: #8a2424; }
.muted { color: #50575e; }
.rules { margin: 6px 0; padding-left: 18px; }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
label { display: inline-flex; gap: 6px; align-items: center; }
select { font: inherit; }
.draft { white-space: pre-wrap; border: 1px solid #dcdcde; background: #f6f7f7; padding: 8px 10px; margin: 6px 0; max-height: 260px; overflow: auto; }
.warn { color: #996800; }
button.send { font: inherit; font-weight: 600; background: #b45309; color: #fff; border: 0; border-radius: 3px; padding: 6px 14px; cursor: pointer; }
button.send[disabled] { background: #a7aaad; cursor: default; }
.status { margin-top: 6px; }
.status.ok { color: #00692a; }
.status.error { color: #b32d2e; }
.confirm { margin-top: 8px; padding: 8px 10px; border: 1px solid #b45309; background: #fff8e5; }
button.confirm-no { font: inherit; margin-left: 8px; }
.capture { margin-top: 10px; padding-top: 8px; border-top: 1px solid #dcdcde; }
.capture button { font: inherit; margin-right: 8px; }
.capture-why { max-width: 640px; }
.capture-status { margin-top: 6px; }
.capture-status.ok { color: #00692a; }
.capture-status.error { color: #b32d2e; }
`;

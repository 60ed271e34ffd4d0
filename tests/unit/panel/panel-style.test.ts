import { describe, expect, it } from 'vitest';
import { PANEL_CSS, PANEL_FONTS } from '@/lib/panel/panel-style';

const CJK = /CJK|PingFang|YaHei|JhengHei/i;

// A CJK font before the Latin ones gives English text its full-width quotes (“Message buyer”, buyer’s).
describe('the panel’s fonts', () => {
  it.each(Object.entries(PANEL_FONTS))('%s: every Latin font before the first Chinese one', (_, families) => {
    const firstCjk = families.findIndex((f) => CJK.test(f));
    expect(firstCjk).toBeGreaterThan(0);
    expect(families.slice(firstCjk).filter((f) => !CJK.test(f))).toEqual(['sans-serif']);
  });

  it('uses them: Simplified by default, Traditional for zh-TW and zh-HK', () => {
    expect(PANEL_CSS).toContain(`body { font: 14px/1.5 ${PANEL_FONTS.simplified.join(', ')};`);
    expect(PANEL_CSS).toContain(`html:lang(zh-HK) body { font-family: ${PANEL_FONTS.traditional.join(', ')}; }`);
  });
});

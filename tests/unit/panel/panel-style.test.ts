import { describe, expect, it } from 'vitest';
import { PANEL_CSS, PANEL_FONT_FAMILIES } from '@/lib/panel/panel-style';

const CJK = /CJK|PingFang|YaHei|Hei|Song|Ming/i;

// A CJK font before the Latin ones gives English text its full-width quotes (“Message buyer”, buyer’s).
describe('the panel’s fonts', () => {
  it('lists every Latin font before the first Chinese one, and uses that list', () => {
    const firstCjk = PANEL_FONT_FAMILIES.findIndex((f) => CJK.test(f));
    expect(firstCjk).toBeGreaterThan(0);
    expect(PANEL_FONT_FAMILIES.slice(firstCjk).filter((f) => !CJK.test(f))).toEqual(['sans-serif']);
    expect(PANEL_CSS).toContain(`font: 14px/1.5 ${PANEL_FONT_FAMILIES.join(', ')};`);
  });
});

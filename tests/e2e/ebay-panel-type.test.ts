import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { waitForPanel } from './support/chase-helpers';
import { screenshot, screenshotOf } from './support/screenshots';

const ORDER = 'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012&srn=1001';

// The eBay panel names eBay's “Message buyer” box and the buyer’s messages. Set in a CJK font, those
// quotes and apostrophes are full-width (1 em) and English reads with wide gaps; set in a Latin font
// they are narrow. Measured in the panel's own page, in an English and a Chinese browser.
describe.each([
  ['en-US', 'Send reminder'],
  ['zh-CN', '发送提醒'],
])('the eBay order panel’s type in %s', (locale, sendLabel) => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('sets curly quotes and apostrophes narrow, as the Latin text around them', async () => {
    const page = await browser.context.newPage();
    await page.goto(ORDER);
    const panel = await waitForPanel(page);
    expect(await panel.locator('button.send').textContent()).toBe(sendLabel);
    const widths = await panel.evaluate((section) => {
      const doc = section.ownerDocument;
      const width = (text: string) => {
        const span = doc.createElement('span');
        span.textContent = text;
        doc.body.append(span);
        const { width: w } = span.getBoundingClientRect();
        span.remove();
        return w;
      };
      return { fontSize: parseFloat(getComputedStyle(doc.body).fontSize), quote: width('“'), apostrophe: width('’') };
    });
    expect(widths.quote).toBeLessThan(widths.fontSize / 2);
    expect(widths.apostrophe).toBeLessThan(widths.fontSize / 2);
    await screenshotOf(panel, `ebay-panel-type-${locale}`);
    await screenshot(page, `ebay-panel-${locale}`);
    await page.close();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { encode } from 'uqr';
import { formatDateTime } from '@/components/format';
import { planReminder } from '@/lib/db/plan';
import { getOrderEvents } from '@/lib/db/queries';
import { recordChase } from '@/lib/db/chase';
import { getChaseSettings } from '@/lib/db/settings';
import { defaultTemplate } from '@/lib/reminders/default-templates';
import { smsLink } from '@/lib/reminders/contact/links';
import type { OrderEvent } from '@/lib/model/events';
import { TONES } from '@/lib/reminders/types';
import { useLocale } from '../support/i18n';
import { DASHBOARD, seedManualDebt, useDashboard } from './dashboard-harness';

const d = useDashboard('manual-reminder');
const KEY = ['generic', 'manual', 'M-20261101-AB12'] as ['generic', 'manual', string];
const DRAFT = '[data-testid="manual-draft"]';

async function openDebt(...args: Parameters<typeof seedManualDebt> extends [unknown, ...infer R] ? R : never) {
  useLocale('en');
  await seedManualDebt(d.page.db, ...args);
  d.mount(`#/order/generic/manual/${KEY[2]}`);
  await d.waitFor(DRAFT);
}
const chaseSteps = async () =>
  (await getOrderEvents(d.page.db, KEY)).filter(
    (e): e is OrderEvent & { data: { type: 'chase' } } => e.data.type === 'chase',
  );
const useClipboard = (writeText: (text: string) => Promise<void>) => {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
};
/** The dark modules of a QR code, read back from its path (each `M x y h run` is a run of dark modules in row y). */
const darkModules = (svg: Element) =>
  [
    ...svg
      .querySelector('path')!
      .getAttribute('d')!
      .matchAll(/M(\d+) (\d+)h(\d+)/g),
  ]
    .flatMap(([, x, y, run]) => Array.from({ length: Number(run) }, (_, i) => `${Number(x) + i},${y}`))
    .sort();

describe('dashboard #/order: sending a reminder for a debt added by hand', () => {
  it('drafts in the planned tone and the seller’s reminder language', async () => {
    await openDebt({}, { reminderLocale: 'zh_TW' });
    const order = (await d.page.db.orders.get(KEY))!;
    const planned = planReminder(order, await getChaseSettings(d.page.db));
    expect(d.$<HTMLSelectElement>('#remind-tone').value).toBe(planned?.tone ?? 'friendly');
    expect(d.$<HTMLSelectElement>('#remind-locale').value).toBe('zh_TW');
    expect([...d.$<HTMLSelectElement>('#remind-locale').options].map((o) => o.textContent)).toEqual([
      'English',
      '简体中文',
      '繁體中文',
    ]);
    expect(d.$(DRAFT).textContent).toContain('£120.00');
    expect(d.$(DRAFT).textContent).toMatch(/[\u4e00-\u9fff]/);
    d.choose('#remind-locale', 'en');
    d.choose('#remind-tone', 'final_notice');
    await d.waitForText('Subject: Final notice: order #M-20261101-AB12 is unpaid');
    expect(d.$(DRAFT).textContent).not.toMatch(/[\u4e00-\u9fff]/);
    expect(d.$(DRAFT).textContent).toContain('Oak & Iron');
  });

  it('adds the offers the seller ticks', async () => {
    await openDebt();
    const offer = defaultTemplate('friendly', 'en').extensionOffer;
    expect(d.$(DRAFT).textContent).not.toContain(offer);
    const box = d
      .$$('.manual-reminder label')
      .find((l) => l.textContent!.includes('Offer more time'))!
      .querySelector('input')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await d.settle(() => d.$(DRAFT).textContent!.includes(offer));
    expect(d.$(DRAFT).textContent).toContain(offer);
  });

  it('opens a real mail draft: mailto with the buyer’s address, the subject and the whole text, encoded', async () => {
    await openDebt();
    const draft = d.$(DRAFT).textContent!;
    const link = d.$<HTMLAnchorElement>('a[data-channel="mail-draft"]');
    expect(link.textContent).toBe('Open mail draft');
    const href = link.getAttribute('href')!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('ap@acme.test');
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(draft.replace(/\n/g, '\r\n'));
    expect(href).not.toMatch(/[\s<>"]/); // every space, line end and quote is percent-encoded
    const subject = d.$('.manual-reminder .muted').textContent!.replace(/^Subject: /, '');
    expect(decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!)).toBe(subject);
  });

  it('logs the mail draft once on a double click, with its recipient and words', async () => {
    await openDebt();
    const draft = d.$(DRAFT).textContent!;
    const link = d.$<HTMLAnchorElement>('a[data-channel="mail-draft"]');
    // Settle opens the mail draft itself, once the send policy allowed it; handing mailto: on is the browser's business.
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await d.waitForText('Reminder logged (Mail draft to the buyer).');
    await d.tick();
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(link.getAttribute('href'), '_blank', 'noopener');
    const steps = await chaseSteps();
    expect(steps).toHaveLength(1);
    expect(steps[0]!.data).toMatchObject({
      change: { type: 'reminder_sent' },
      message: { channel: 'mail-draft', recipient: 'ap@acme.test', text: draft },
    });
    expect(await d.page.db.sends.count()).toBe(1);
    expect((await d.page.db.orders.get(KEY))!.chase.remindersSent).toBe(1);
    expect(d.onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows a QR code of the sms: link for a phone, and logs it when the seller says it went', async () => {
    await openDebt();
    const figure = d.$('figure[data-channel="sms-qr"]');
    expect(figure.querySelector('figcaption')!.textContent).toMatch(/^Scan with your phone/);
    expect(figure.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(await d.page.db.sends.count()).toBe(0); // showing the code sends nothing
    await d.click(figure.querySelector('button')!);
    await d.waitForText('Reminder logged (Text message (QR code for your phone)).');

    const [step] = await chaseSteps();
    const message = step!.data.message!;
    expect(message).toMatchObject({ channel: 'sms-qr', recipient: '+44 7700 900123' });
    expect(Array.from(message.text).length).toBeLessThanOrEqual(260);
    // The code drawn is exactly the sms: link of the words that were logged.
    const expected = encode(smsLink('+44 7700 900123', message.text), { ecc: 'M', border: 2 }).data;
    const dark = expected
      .flatMap((row, y) => row.map((on, x) => (on ? `${x},${y}` : '')))
      .filter(Boolean)
      .sort();
    expect(darkModules(figure.querySelector('svg')!)).toEqual(dark);
    // One path, not one element per module: ~10,000 <rect>s made each render take seconds, and the tests time out under load.
    expect(figure.querySelectorAll('svg *')).toHaveLength(2);
  });

  it('texts the reference, amount, payment details and sender, whole sentences; the code, the text shown and the log are one string', async () => {
    // Seen happen: the logged SMS lost the invoice reference and the sender and read "…mind.You can pay here", while the preview showed the full text.
    const instructions =
      'Bank transfer to Oak & Iron Ltd, sort code 12-34-56, account 12345678, IBAN GB12 3456 7890 1234 5678 90.';
    const items = Array.from({ length: 8 }, (_, i) => ({
      title: `Website work, phase ${i + 1}: design, build and testing`,
      quantity: 1,
    }));
    await openDebt({ items }, { paymentInstructions: instructions });
    const figure = d.$('figure[data-channel="sms-qr"]');
    const shown = figure.querySelector('[data-testid="sms-text"]')!.textContent!;
    await d.click(figure.querySelector('button')!);
    await d.waitForText('Reminder logged (Text message (QR code for your phone)).');

    const [step] = await chaseSteps();
    const logged = step!.data.message!.text;
    expect(logged).toBe(shown);
    expect(Array.from(logged).length).toBeLessThanOrEqual(260);
    for (const part of ['M-20261101-AB12', '£120.00', instructions, 'Oak & Iron']) expect(logged).toContain(part);
    expect(logged).not.toMatch(/[.!?;:,](?=[A-Za-z£…])| \n|\n |  /);
    // The code drawn is the sms: link of exactly those words…
    const expected = encode(smsLink('+447700900123', logged), { ecc: 'M', border: 2 }).data;
    const dark = expected
      .flatMap((row, y) => row.map((on, x) => (on ? `${x},${y}` : '')))
      .filter(Boolean)
      .sort();
    expect(darkModules(figure.querySelector('svg')!)).toEqual(dark);
    // …and the timeline shows them too.
    await d.settle(() => d.has('.timeline .draft'));
    expect(d.$$('.timeline .draft').at(-1)!.textContent).toBe(logged);
  });

  it('draws a QR code for a full-length Chinese text message (too long for the usual error correction)', async () => {
    // 260 Chinese characters are 2,340 bytes in an sms: link: more than a QR code with medium error correction holds.
    useLocale('en');
    await seedManualDebt(d.page.db, {}, { reminderLocale: 'zh_CN' });
    const body = '请尽快付款，谢谢您的配合。'.repeat(22);
    for (const tone of TONES)
      await d.page.db.templates.put({ ...defaultTemplate(tone, 'zh_CN'), id: `${tone}:zh_CN`, body });
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitFor('figure[data-channel="sms-qr"]');
    const figure = d.$('figure[data-channel="sms-qr"]');
    const shown = figure.querySelector('[data-testid="sms-text"]')!.textContent!;
    expect(Array.from(shown).length).toBeGreaterThan(250);
    const expected = encode(smsLink('+447700900123', shown), { ecc: 'L', border: 2 }).data;
    const dark = expected
      .flatMap((row, y) => row.map((on, x) => (on ? `${x},${y}` : '')))
      .filter(Boolean)
      .sort();
    expect(darkModules(figure.querySelector('svg')!)).toEqual(dark);
  });

  it('offers no QR code for a phone number that is not a valid international one, and says why', async () => {
    await openDebt({ buyer: { name: 'Acme Ltd', email: 'ap@acme.test', phone: 'call me maybe' } });
    expect(d.has('figure[data-channel="sms-qr"]')).toBe(false);
    expect(d.$('.manual-reminder .sms-phone-invalid').textContent).toBe(
      'No text message: the buyer’s phone number “call me maybe” is not a valid international number (such as +44 7700 900123). Edit the debt to correct it.',
    );
    expect(d.has('a[data-channel="mail-draft"]')).toBe(true);
    expect(d.has('button[data-channel="copied"]')).toBe(true);
  });

  it('offers no QR code without a phone, and no mail draft without an email', async () => {
    await openDebt({ buyer: { name: 'Walk-in guest' } });
    expect(d.has('figure[data-channel="sms-qr"]')).toBe(false);
    expect(d.has('a[data-channel="mail-draft"]')).toBe(false);
    expect(d.has('button[data-channel="copied"]')).toBe(true);
  });

  it('copies the text and logs it as copied', async () => {
    await openDebt();
    const writeText = useClipboard(async () => undefined);
    const draft = d.$(DRAFT).textContent!;
    await d.click('button[data-channel="copied"]');
    await d.waitForText('Reminder logged (Copy the text).');
    expect(writeText).toHaveBeenCalledWith(draft);
    const events = await getOrderEvents(d.page.db, KEY);
    expect(events.at(-1)!.data).toMatchObject({ type: 'chase', message: { channel: 'copied', text: draft } });
  });

  it('logs a failed copy with its error, and lets the seller try again', async () => {
    await openDebt();
    useClipboard(async () => Promise.reject(new Error('Document is not focused.')));
    await d.click('button[data-channel="copied"]');
    await d.waitForText('The reminder was not sent: Document is not focused.');
    expect((await getOrderEvents(d.page.db, KEY)).at(-1)!.data).toMatchObject({
      type: 'reminder_failed',
      channel: 'copied',
      error: 'Document is not focused.',
    });
    expect((await d.page.db.sends.toArray()).map((x) => x.status)).toEqual(['failed']);

    useClipboard(async () => undefined);
    await d.click('button[data-channel="copied"]');
    await d.waitForText('Reminder logged (Copy the text).');
    expect(await chaseSteps()).toHaveLength(1);
    expect((await d.page.db.sends.toArray()).map((x) => x.status).sort()).toEqual(['failed', 'sent']);
  });

  it('explains a buyer reminded in the last 24 hours, says until when, and offers no way to send', async () => {
    await openDebt();
    useClipboard(async () => undefined);
    await d.click('button[data-channel="copied"]');
    await d.waitForText('You reminded this buyer in the last 24 hours');
    const [step] = await chaseSteps();
    const until = formatDateTime(new Date(Date.parse(step!.at) + 86_400_000).toISOString(), 'en-US');
    expect(d.text()).toContain(`You reminded this buyer in the last 24 hours. Next possible: ${until}.`);
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
  });

  it('offers no way to send a paused debt, says why, and nothing reaches the clipboard', async () => {
    // Seen happen: Copy put a paused debt's reminder on the clipboard, and only then was the send logged.
    await openDebt();
    await recordChase(d.page.db, KEY, { type: 'paused' }, { now: '2026-11-02T09:00:00.000Z', url: 'test' });
    const writeText = useClipboard(async () => undefined);
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitForText('Chasing is paused for this order.');
    expect(d.$('.manual-reminder .send-held').textContent).toBe('Chasing is paused for this order.');
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
    expect(await d.page.db.sends.count()).toBe(0);
  });

  it('asks the send policy again at the click: a send started meanwhile in another tab stops Copy and Open mail draft', async () => {
    await openDebt();
    const writeText = useClipboard(async () => undefined);
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    // Another tab of Settle's page started a reminder to this debt a moment ago; this one still shows its buttons.
    const startedAt = new Date().toISOString();
    await d.page.db.sends.add({
      sendId: 'other-tab',
      marketplace: 'generic',
      shop: 'manual',
      orderId: KEY[2],
      buyerKey: 'acme ltd',
      tone: 'friendly',
      channel: 'sms-qr',
      text: 'Hello',
      url: 'test',
      startedAt,
      status: 'pending',
    });
    await d.click('button[data-channel="copied"]');
    await d.waitForText(
      `A reminder started at ${formatDateTime(startedAt, 'en-US')} (Text message (QR code for your phone)) was never confirmed`,
    );
    const link = d.$<HTMLAnchorElement>('a[data-channel="mail-draft"]');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    // The browser never follows the mailto: link by itself: Settle opens it only once the policy allows.
    expect(click.defaultPrevented).toBe(true);
    await d.tick();
    expect(writeText).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    expect((await d.page.db.sends.toArray()).map((x) => x.sendId)).toEqual(['other-tab']);
    expect(await chaseSteps()).toHaveLength(0);
  });

  it('waits for a buyer’s promise to pay: says until when and offers no way to send', async () => {
    await openDebt();
    const by = new Date(Date.now() + 5 * 86_400_000).toISOString();
    await recordChase(d.page.db, KEY, { type: 'promise_recorded', by }, { now: new Date().toISOString(), url: 'test' });
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitForText(`The buyer promised to pay by ${formatDateTime(by, 'en-US')}: reminders wait until then.`);
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
  });

  it('explains the daily cap and offers no way to send', async () => {
    // A cap of one a day, already used on another buyer of the same shop (a cap of 0 is refused like in the options).
    const earlier = {
      sendId: 'earlier-today',
      marketplace: 'generic',
      orderId: 'M-20261101-ZZ99',
      buyerKey: 'someone else',
      shop: 'manual',
      tone: 'friendly',
      channel: 'copied',
      text: 'Please pay',
      url: DASHBOARD,
      startedAt: new Date().toISOString(),
      status: 'sent',
    } as const;
    await d.page.db.sends.put(earlier);
    await openDebt(
      {},
      {
        schedules: {
          generic: {
            marketplace: 'generic',
            steps: [{ tone: 'friendly', day: 1 }],
            businessDays: false,
            quietHours: { start: '21:00', end: '08:00' },
            dailyCap: 1,
          },
        },
      },
    );
    await d.waitForText('Today’s reminder limit for this shop is reached. Sending resumes ');
    // …at the seller's next midnight (the seeded settings keep the seller in UTC or the machine's zone).
    expect(d.$('.manual-reminder .error').textContent).toMatch(/Sending resumes .+(12:00\s?AM|00:00)\.$/);
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
  });

  it("says it is the buyer's quiet hours and still offers the ways to send", async () => {
    // Quiet from an hour ago to two hours from now, in UTC (the zone of a debt's buyer is the seller's).
    const hhmm = (offsetH: number) => new Date(Date.now() + offsetH * 3_600_000).toISOString().slice(11, 16);
    const quietHours = { start: hhmm(-1), end: hhmm(2) };
    await openDebt(
      {},
      {
        timeZone: 'UTC',
        schedules: {
          generic: {
            marketplace: 'generic',
            steps: [{ tone: 'friendly', day: 1 }],
            businessDays: false,
            quietHours,
            dailyCap: 20,
          },
        },
      },
    );
    await d.waitForText('It is the buyer’s quiet hours until ');
    expect(d.has('.manual-reminder [data-channel]')).toBe(true);
  });

  it('says the template is broken and offers no way to send', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db);
    // A template saved before its check existed (or restored from a backup) can hold an unknown variable.
    await d.page.db.templates.put({ ...defaultTemplate('friendly', 'en'), id: 'friendly:en', body: 'Pay {amout} now' });
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitFor('.manual-reminder .error');
    expect(d.$('.manual-reminder .error').textContent).toContain('has an error, so nothing can be sent');
    // … and says where, as the options do.
    expect(d.$('.template-problems').textContent).toBe(
      'Message: {amout} is not a variable Settle knows (at character 5). Use one of the variables listed above.',
    );
    expect(d.has(DRAFT)).toBe(false);
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
  });

  it('says an empty template is empty and offers no way to send (nothing empty is ever logged)', async () => {
    // Seen happen: an empty template from an older version was "sent": a reminder with no words logged, the buyer's 24 hours started.
    useLocale('en');
    await seedManualDebt(d.page.db);
    await d.page.db.templates.put({ ...defaultTemplate('friendly', 'en'), id: 'friendly:en', body: ' \n ' });
    d.mount(`#/order/generic/manual/${KEY[2]}`);
    await d.waitFor('.manual-reminder .error');
    expect(d.$('.template-problems').textContent).toBe(
      'Message: This is empty. A reminder needs a subject and a message.',
    );
    expect(d.has(DRAFT)).toBe(false);
    expect(d.has('.manual-reminder [data-channel]')).toBe(false);
    expect(await d.page.db.sends.count()).toBe(0);
  });

  it('is not offered for a console order (the console page sends those)', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, {
      marketplace: 'woocommerce',
      orderId: '1042',
      url: 'http://shop.test/order/1042',
      shop: 'http://shop.test',
    });
    d.mount('#/order/woocommerce/http%3A%2F%2Fshop.test/1042');
    await d.waitFor('article.order-detail');
    expect(d.has('.manual-reminder')).toBe(false);
    expect(d.$<HTMLAnchorElement>('a[target="_blank"]').getAttribute('href')).toBe('http://shop.test/order/1042');
  });
});

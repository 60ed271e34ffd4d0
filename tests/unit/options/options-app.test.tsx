import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { getChaseSettings } from '@/lib/db/settings';
import { ingestSnapshots } from '@/lib/db/ingest';
import { createSnapshot } from '../factories';
import { getTemplate } from '@/lib/db/templates';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('options');
const onSaved = vi.fn();
const $ = <T extends Element>(sel: string) => page.root.querySelector<T>(sel)!;
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
/** Clicks after Preact has re-rendered what was typed (it renders on the next tick, as in a browser). */
const click = async (el: Element) => {
  await new Promise((r) => setTimeout(r, 20));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
};

describe('options: reminder templates', () => {
  it('previews the template live with sample values', async () => {
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('[data-testid="template-preview"]'));
    const body = $<HTMLTextAreaElement>('#tpl-body');
    type(body, 'Dear {buyer}, please pay {amount} by {deadline}: {payLink}');
    await settle(() => $('[data-testid="template-preview"]').textContent!.startsWith('Dear Jane'));
    expect($('[data-testid="template-preview"]').textContent).toMatch(
      /^Dear Jane Doe, please pay \$[\d,.]+ by .+: https?:\/\//,
    );
  });

  it('shows an unknown variable at edit time with where it is, and will not save it', async () => {
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-body'));
    type($<HTMLTextAreaElement>('#tpl-body'), 'Hi {buyer}, pay {amout} now.');
    await settle(() => !!page.root.querySelector('#templates-h ~ .editor .problem'));
    expect(page.root.textContent).toContain('{amout} is not a variable Settle knows (at character 17)');
    expect($<HTMLTextAreaElement>('#tpl-body').getAttribute('aria-invalid')).toBe('true');
    const save = [...page.root.querySelectorAll<HTMLButtonElement>('#templates-h ~ .editor button.primary')][0]!;
    expect(save.disabled).toBe(true);
    expect(page.root.textContent).toContain('A template with a problem is never sent.');
  });

  it('will not save an empty subject or a blank message, and says why by each field', async () => {
    // Seen happen: an empty template was saved, then "sent" as a reminder with no words.
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-subject'));
    const stored = await getTemplate(page.db, 'friendly', 'en');
    type($<HTMLInputElement>('#tpl-subject'), '');
    type($<HTMLTextAreaElement>('#tpl-body'), '  \n\t ');
    const problemOf = (sel: string) => $(sel).closest('.field')!.querySelector('.problem')?.textContent;
    await settle(() => !!problemOf('#tpl-subject') && !!problemOf('#tpl-body'));
    expect(problemOf('#tpl-subject')).toBe('This is empty. A reminder needs a subject and a message.');
    expect(problemOf('#tpl-body')).toBe('This is empty. A reminder needs a subject and a message.');
    expect($('#tpl-subject').getAttribute('aria-invalid')).toBe('true');
    expect($('#tpl-body').getAttribute('aria-invalid')).toBe('true');
    // The offers may stay empty: they are only added when they say something.
    expect(problemOf('#tpl-extensionOffer')).toBeUndefined();
    const save = $<HTMLButtonElement>('#templates-h ~ .editor button.primary');
    expect(save.disabled).toBe(true);
    await click(save);
    expect(page.root.textContent).not.toContain('Saved.');
    expect(await getTemplate(page.db, 'friendly', 'en')).toEqual(stored);

    type($<HTMLInputElement>('#tpl-subject'), 'Order #{orderId}');
    type($<HTMLTextAreaElement>('#tpl-body'), 'Please pay {amount}.');
    await settle(() => !problemOf('#tpl-subject') && !problemOf('#tpl-body'));
    expect(save.disabled).toBe(false);
  });

  it('says an empty message is empty in Chinese', async () => {
    useLocale('zh_TW');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-body'));
    type($<HTMLTextAreaElement>('#tpl-body'), '\u3000');
    await settle(() => !!page.root.querySelector('#templates-h ~ .editor .problem'));
    expect($('#tpl-body').closest('.field')!.querySelector('.problem')!.textContent).toBe(
      '這裡是空白的。提醒必須有主旨和內文。',
    );
  });

  it('saves an edited template, and resets it to Settle’s wording', async () => {
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-body'));
    type($<HTMLTextAreaElement>('#tpl-body'), 'Hi {buyer}, {amount} is due by {deadline}: {payLink}. Thanks, {shop}');
    await click($('#templates-h ~ .editor button.primary'));
    await settle(() => page.root.textContent!.includes('Saved.'));
    expect((await getTemplate(page.db, 'friendly', 'en')).body).toBe(
      'Hi {buyer}, {amount} is due by {deadline}: {payLink}. Thanks, {shop}',
    );
    await click(
      [...page.root.querySelectorAll('#templates-h ~ .editor button')].find(
        (b) => b.textContent === 'Back to Settle’s wording',
      )!,
    );
    await settle(() => page.root.textContent!.includes('Settle’s wording is back.'));
    expect((await getTemplate(page.db, 'friendly', 'en')).body).not.toContain('Thanks, {shop}');
  });

  it('edits in Chinese and shows the problems in Chinese', async () => {
    useLocale('zh_CN');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-locale'));
    const locale = $<HTMLSelectElement>('#tpl-locale');
    locale.value = 'zh_CN';
    locale.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(() => $<HTMLTextAreaElement>('#tpl-body').value.includes('您'));
    type($<HTMLTextAreaElement>('#tpl-body'), '您好{买家}');
    await settle(() => !!page.root.querySelector('.problem'));
    expect(page.root.textContent).toContain('{买家} 不是 Settle 认识的变量（第 3 个字符）');
  });
});

describe('options: schedule and seller settings', () => {
  it('saves a schedule for one marketplace and tells the background', async () => {
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#daily-cap'));
    type($<HTMLInputElement>('#daily-cap'), '5');
    $<HTMLInputElement>('#daily-cap').valueAsNumber = 5;
    $<HTMLInputElement>('#daily-cap').dispatchEvent(new Event('input', { bubbles: true }));
    await click($('#schedule-h ~ button.primary'));
    await settle(() => onSaved.mock.calls.length > 0);
    expect((await getChaseSettings(page.db)).schedules.woocommerce?.dailyCap).toBe(5);
  });

  it('refuses steps out of order', async () => {
    useLocale('en');
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('.steps input'));
    const second = page.root.querySelectorAll<HTMLInputElement>('.steps input')[1]!;
    second.valueAsNumber = 0;
    second.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => page.root.textContent!.includes('later day'));
    expect($<HTMLButtonElement>('#schedule-h ~ button.primary').disabled).toBe(true);
  });

  it("names each shop Settle holds orders of, so its reminders are signed with that name, never the page's", async () => {
    useLocale('en');
    await ingestSnapshots(
      page.db,
      [createSnapshot(), createSnapshot({ marketplace: 'generic', shop: 'manual', orderId: 'M-1' })],
      new Date().toISOString(),
    );
    render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
    await settle(() => !!page.root.querySelector('#shop-name-0'));
    // One field per console shop (orders added by hand are signed with the seller's own name).
    expect(page.root.querySelectorAll('.shops input')).toHaveLength(1);
    expect($('#shop-name-0').closest('fieldset')!.querySelector('legend')!.textContent).toBe('shop.test');
    type($<HTMLInputElement>('#shop-name-0'), 'Oak & Iron');
    await click($('#seller-h ~ button.primary'));
    await settle(() => onSaved.mock.calls.length > 0);
    expect((await getChaseSettings(page.db)).shops).toEqual({ 'http://shop.test': { name: 'Oak & Iron' } });
  });
});

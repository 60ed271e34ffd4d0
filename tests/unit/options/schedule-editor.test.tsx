import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { getChaseSettings } from '@/lib/db/settings';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('schedule-editor');
const $ = <T extends Element>(sel: string) => page.root.querySelector<T>(sel)!;
const saveButton = () => $<HTMLButtonElement>('#schedule-h ~ button.primary');
const problems = () => [...page.root.querySelectorAll('.problem')].map((p) => p.textContent);

/** Types, then lets Preact re-render before the next edit (as a browser does between keystrokes). */
async function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 20));
}
function choose(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
async function open() {
  render(<ScheduleEditor db={page.db} onSaved={vi.fn()} />, page.root);
  await settle(() => !!page.root.querySelector('#quiet-start'));
}

describe('options: the schedule editor refuses a schedule that cannot work', () => {
  it('says quiet hours of 00:00–23:59 leave no time to send, and will not save them', async () => {
    useLocale('en');
    await open();
    await type($('#quiet-start'), '00:00');
    await type($('#quiet-end'), '23:59');
    await settle(() => problems().length > 0);
    expect(problems()).toEqual([
      'These quiet hours leave less than one hour a day to send reminders. Shorten them so at least one hour is left.',
    ]);
    expect(saveButton().disabled).toBe(true);
    await type($('#quiet-end'), '23:00');
    await settle(() => problems().length === 0);
    expect(saveButton().disabled).toBe(false);
  });

  it('says a ladder may not soften (a formal demand, then a friendly reminder), in Chinese too, and will not save it', async () => {
    useLocale('zh_CN');
    await open();
    const tones = page.root.querySelectorAll<HTMLSelectElement>('.steps select');
    choose(tones[0]!, 'formal_demand');
    await settle(() => problems().length > 0);
    expect(problems()).toEqual([
      '每一步的语气不能比上一步更温和：提醒只能逐步加重（友好提醒、正式提醒、最后通知、正式催告）。',
    ]);
    expect(saveButton().disabled).toBe(true);
    saveButton().click();
    await new Promise((r) => setTimeout(r, 20));
    expect((await getChaseSettings(page.db)).schedules).toEqual({});
  });
});

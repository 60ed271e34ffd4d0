import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { TemplateEditor } from '@/components/options/TemplateEditor';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('template-length');

describe('options: an overlong template', () => {
  it('says how long it is and the most it may be, in the seller’s language, and cannot be saved', async () => {
    useLocale('zh_TW');
    render(<TemplateEditor db={page.db} />, page.root);
    await settle(() => !!page.root.querySelector('#tpl-body'));
    const body = page.root.querySelector<HTMLTextAreaElement>('#tpl-body')!;
    body.value = '字'.repeat(10_000);
    body.dispatchEvent(new Event('input', { bubbles: true }));
    const problem = () => body.closest('.field')!.querySelector('.problem')?.textContent;
    await settle(() => !!problem());
    expect(problem()).toBe('這裡有 10,000 個字元，最多只能有 5,000 個。請刪減。');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(page.root.querySelector<HTMLButtonElement>('button.primary')!.disabled).toBe(true);
  });
});

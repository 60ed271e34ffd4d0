import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('popup-open-dashboard');

describe('popup: the way to Settle’s own page', () => {
  it.each([
    ['en', 'Open Settle'],
    ['zh_CN', null],
  ] as const)('in %s opens the dashboard in a tab', async (locale, label) => {
    useLocale(locale);
    const openUrl = vi.fn();
    render(
      <PopupApp
        db={page.db}
        locale={locale.replace('_', '-')}
        dashboardUrl="chrome-extension://x/dashboard.html"
        openUrl={openUrl}
        currentTabId={async () => undefined}
      />,
      page.root,
    );
    await settle(() => !!page.root.querySelector('.popup-header button.open-dashboard'));
    const button = page.root.querySelector<HTMLButtonElement>('.popup-header button.open-dashboard')!;
    if (label) expect(button.textContent).toBe(label);
    else expect(button.textContent).toMatch(/[\u4e00-\u9fff]/);
    button.click();
    expect(openUrl).toHaveBeenCalledExactlyOnceWith('chrome-extension://x/dashboard.html');
  });
});

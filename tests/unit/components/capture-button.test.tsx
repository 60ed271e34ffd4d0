import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { CaptureButton } from '@/components/CaptureButton';
import type { CaptureOutcome } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('capture-button');
const kept: CaptureOutcome = {
  kept: [
    { kind: 'order-data', name: 'order-data.json', bytes: 10, sha256: 'a'.repeat(64) },
    { kind: 'screenshot', name: 'screenshot.png', bytes: 10, sha256: 'b'.repeat(64) },
  ],
  failed: [{ kind: 'page-archive', error: 'Cannot access contents of the page.' }],
};
const click = (selector: string) => (page.root.querySelector(selector) as HTMLButtonElement).click();

describe('Capture (popup and dashboard)', () => {
  it('first says why the browser will ask, asks only at the seller’s click, then captures and says what was kept and what not', async () => {
    useLocale('en');
    const permission = { has: vi.fn(async () => false), request: vi.fn(async () => true) };
    const capture = vi.fn(async () => kept);
    render(<CaptureButton label="Capture this page" capture={capture} permission={permission} />, page.root);
    click('.capture-button');
    await settle(() => !!page.root.querySelector('.capture-why'));
    expect(page.root.querySelector('.capture-why')!.textContent).toContain("needs your browser's permission");
    expect(permission.request).not.toHaveBeenCalled();
    expect(capture).not.toHaveBeenCalled();
    click('.capture-allow');
    await settle(() => !!page.root.querySelector('[role=status]'));
    expect(permission.request).toHaveBeenCalledOnce();
    expect(page.root.querySelector('[role=status]')!.textContent).toBe(
      'Kept as evidence: Order data as read, Screenshot. Page archive not kept: Cannot access contents of the page.',
    );
    expect(page.root.querySelector('[role=status]')!.className).toBe('error');
  });

  it('captures nothing when the seller refuses the browser’s permission, and says so', async () => {
    useLocale('en');
    const capture = vi.fn(async () => kept);
    render(
      <CaptureButton
        label="Capture"
        capture={capture}
        permission={{ has: async () => false, request: async () => false }}
      />,
      page.root,
    );
    click('.capture-button');
    await settle(() => !!page.root.querySelector('.capture-allow'));
    click('.capture-allow');
    await settle(() => !!page.root.querySelector('[role=status]'));
    expect(page.root.querySelector('[role=status]')!.textContent).toBe(
      "The browser's permission was not given: nothing was captured.",
    );
    expect(capture).not.toHaveBeenCalled();
  });

  it('captures once on a double click, and says a refusal from the background in Chinese', async () => {
    useLocale('zh_CN');
    let finish: (o: CaptureOutcome) => void = () => undefined;
    const capture = vi.fn(() => new Promise<CaptureOutcome>((resolve) => (finish = resolve)));
    render(
      <CaptureButton
        label="截取"
        capture={capture}
        permission={{ has: async () => true, request: async () => true }}
      />,
      page.root,
    );
    click('.capture-button');
    await settle(() => (page.root.querySelector('.capture-button') as HTMLButtonElement).disabled);
    click('.capture-button');
    finish({ kept: [{ kind: 'full-page', name: 'f.png', bytes: 1, sha256: 'c'.repeat(64) }], failed: [] });
    await settle(() => !!page.root.querySelector('[role=status]'));
    expect(capture).toHaveBeenCalledOnce();
    expect(page.root.querySelector('[role=status]')!.textContent).toBe('已保存为证据：整页截图。');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TrustedTimeSettings } from '@/components/options/TrustedTimeSettings';
import { getTrustedTime, saveTrustedTime } from '@/lib/db/trusted-time';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('trusted-time');
const $ = <T extends Element>(sel: string) => page.root.querySelector<T>(sel)!;
const status = () => page.root.querySelector('[role=status]')?.textContent ?? '';
function type(value: string) {
  const input = $<HTMLInputElement>('#trusted-url');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
/** Lets Preact render what was typed (it renders on the next tick, as in a browser). */
const tick = () => new Promise((r) => setTimeout(r, 20));

async function open() {
  render(<TrustedTimeSettings db={page.db} />, page.root);
  await settle(() => !!page.root.querySelector('#trusted-on'));
}

function permissions({ grant = true, held = true } = {}) {
  return {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(grant),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(held),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true),
  };
}

describe('options: Trusted time', () => {
  it('is off by default, says why Settle would ask for access, and asks for nothing until turned on', async () => {
    useLocale('en');
    const { request } = permissions();
    await open();
    expect($<HTMLInputElement>('#trusted-on').checked).toBe(false);
    expect($<HTMLInputElement>('#trusted-url').value).toBe('');
    expect(page.root.textContent).toContain(
      "Settle sends only the hash of the package's manifest to this service, to get a time stamp it signs.",
    );
    expect(await getTrustedTime(page.db)).toEqual({ enabled: false, url: '' });
    expect(request).not.toHaveBeenCalled();
  });

  it('will not turn on without a usable address, and says what is wrong', async () => {
    useLocale('en');
    const { request } = permissions();
    await open();
    $<HTMLInputElement>('#trusted-on').click();
    await settle(() => !!page.root.querySelector('.trusted-time .problem'));
    expect($('.trusted-time .problem').textContent).toBe(
      "Enter the service's address, for example https://tsa.example.com/tsr.",
    );
    type('ftp://tsa.example.com/');
    await settle(() => $('.trusted-time .problem').textContent!.includes('https://'));
    expect($('.trusted-time .problem').textContent).toBe('The address must start with https:// or http://.');
    expect($('#trusted-url').getAttribute('aria-invalid')).toBe('true');
    $<HTMLInputElement>('#trusted-on').click();
    await tick();
    expect(request).not.toHaveBeenCalled();
    expect($<HTMLInputElement>('#trusted-on').checked).toBe(false);
    expect((await getTrustedTime(page.db)).enabled).toBe(false);
  });

  it('asks the browser for the service’s host within the click itself, then turns on and keeps the address', async () => {
    useLocale('en');
    const { request } = permissions({ grant: true });
    await open();
    type('http://127.0.0.1:8318/tsr');
    await tick();
    $<HTMLInputElement>('#trusted-on').click();
    // Synchronously, in the same click: a browser shows its prompt only during the user's gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    await settle(() => status().startsWith('On'));
    expect(status()).toBe('On: each package you export is time-stamped by 127.0.0.1:8318.');
    expect(await getTrustedTime(page.db)).toEqual({ enabled: true, url: 'http://127.0.0.1:8318/tsr' });
    expect($<HTMLInputElement>('#trusted-on').checked).toBe(true);
    expect($<HTMLInputElement>('#trusted-url').disabled).toBe(true);
  });

  it('stays off and says so when the browser (the seller) refuses', async () => {
    useLocale('en');
    permissions({ grant: false });
    await open();
    type('https://tsa.example.com/tsr');
    await tick();
    $<HTMLInputElement>('#trusted-on').click();
    await settle(() => status() !== '');
    expect(status()).toBe('The browser did not allow Settle to reach tsa.example.com, so Trusted time stays off.');
    expect($<HTMLInputElement>('#trusted-on').checked).toBe(false);
    expect(await getTrustedTime(page.db)).toEqual({ enabled: false, url: '' });
  });

  it('stays off when the browser cannot even ask', async () => {
    useLocale('en');
    permissions();
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(
      new Error('This function must be called during a user gesture'),
    );
    await open();
    type('https://tsa.example.com/tsr');
    await tick();
    $<HTMLInputElement>('#trusted-on').click();
    await settle(() => status() !== '');
    expect(status()).toBe(
      'Settle could not ask the browser for access to tsa.example.com (This function must be called during a user gesture), so Trusted time stays off.',
    );
    expect((await getTrustedTime(page.db)).enabled).toBe(false);
  });

  it('turned off, gives the host permission back and keeps the address for next time', async () => {
    useLocale('en');
    const { remove } = permissions();
    await saveTrustedTime(page.db, { enabled: true, url: 'https://tsa.example.com/tsr' });
    await open();
    await settle(() => status().startsWith('On'));
    $<HTMLInputElement>('#trusted-on').click();
    await settle(() => status().startsWith('Off'));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://tsa.example.com/*'] });
    expect(await getTrustedTime(page.db)).toEqual({ enabled: false, url: 'https://tsa.example.com/tsr' });
    expect($<HTMLInputElement>('#trusted-url').disabled).toBe(false);
    expect($<HTMLInputElement>('#trusted-url').value).toBe('https://tsa.example.com/tsr');
  });

  it('says so when it is on but the permission was removed in the browser’s settings', async () => {
    useLocale('en');
    permissions({ held: false });
    await saveTrustedTime(page.db, { enabled: true, url: 'https://tsa.example.com/tsr' });
    await open();
    await settle(() => status() !== '');
    expect(status()).toMatch(/^Trusted time is on, but Settle may no longer reach tsa\.example\.com/);
  });

  it('speaks Chinese', async () => {
    useLocale('zh_CN');
    permissions();
    await open();
    expect(page.root.textContent).toContain(
      'Settle 只把证据包清单（manifest.json）的哈希值发送给此服务，以取得由它签名的时间戳。',
    );
    type('https://tsa.example.com/tsr');
    await tick();
    $<HTMLInputElement>('#trusted-on').click();
    await settle(() => status() !== '');
    expect(status()).toBe('已开启：您导出的每个证据包都将由 tsa.example.com 加盖时间戳。');
  });
});

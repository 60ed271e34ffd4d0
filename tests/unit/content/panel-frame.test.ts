import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountPanelFrame } from '@/lib/content/panel-frame';

const PANEL_URL = 'chrome-extension://abcdefghijklmnop/panel.html';

/**
 * The frame is only reachable through the closed shadow root, which the page cannot open: the
 * tests keep a handle on it by catching attachShadow (as nothing on a real page can, once
 * Settle's content script ran first).
 */
function mountWatched(order = { marketplace: 'woocommerce' as const, orderId: '1042' }) {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const panel = mountPanelFrame(anchor, document, PANEL_URL, order);
  spy.mockRestore();
  const root = roots[0]!;
  return { panel, root, frame: () => root.querySelector('iframe')! };
}

let anchor: HTMLElement;

beforeEach(() => {
  // happy-dom does not load frames: each mount prints "Failed to load iframe page … Iframe page loading
  // is disabled" to stderr (through the console it was created with, which a spy here cannot reach). Expected.
  document.body.innerHTML = '<div id="wpbody-content"><div class="wrap"><h1>Edit order</h1></div></div>';
  anchor = document.querySelector('.wrap')!;
});

describe('mountPanelFrame', () => {
  it('puts a host at the top of the anchor whose shadow root is closed, so the page cannot reach the frame', () => {
    const { panel, root } = mountWatched();
    expect(anchor.firstElementChild).toBe(panel.host);
    expect(panel.host.id).toBe('settle-chase-panel');
    expect(root.mode).toBe('closed');
    expect(panel.host.shadowRoot).toBeNull();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(panel.host.querySelector('iframe')).toBeNull();
  });

  it('frames Settle’s panel page for the order, the id URI-encoded', () => {
    expect(mountWatched().frame().src).toBe(`${PANEL_URL}#woocommerce/1042`);
    expect(mountWatched({ marketplace: 'woocommerce', orderId: 'A/1 #2?x' }).frame().src).toBe(
      `${PANEL_URL}#woocommerce/A%2F1%20%232%3Fx`,
    );
  });

  it('leaves one host when mounted twice', () => {
    mountPanelFrame(anchor, document, PANEL_URL, { marketplace: 'woocommerce', orderId: '1042' });
    const second = mountPanelFrame(anchor, document, PANEL_URL, { marketplace: 'woocommerce', orderId: '1042' });
    expect(document.querySelectorAll('#settle-chase-panel')).toHaveLength(1);
    expect(document.getElementById('settle-chase-panel')).toBe(second.host);
  });

  it('takes the panel’s height within [80, 2000] pixels', () => {
    const { panel, frame } = mountWatched();
    expect(frame().style.height).toBe('140px');
    panel.setHeight(412.2);
    expect(frame().style.height).toBe('413px');
    panel.setHeight(10);
    expect(frame().style.height).toBe('80px');
    panel.setHeight(1e6);
    expect(frame().style.height).toBe('2000px');
  });
});

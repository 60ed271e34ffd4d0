import { beforeEach, describe, expect, it } from 'vitest';
import { htmlSnapshot } from '@/lib/content/page-capture/html-snapshot';
import { runCaptureStep } from '@/lib/content/page-capture';
import { blobOfDataUrl } from '@/lib/evidence/capture/data-url';
import { tileStarts, TILE_MAX_PX } from '@/lib/evidence/capture/stitch';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

beforeEach(() => {
  document.head.innerHTML =
    '<title>Edit order</title><style>h1 { color: rgb(1, 2, 3); }</style><script>window.__ran = 1</script>';
  document.body.innerHTML = `
    <h1 onclick="steal()">Order #1042 details</h1>
    <p class="buyer"></p>
    <a href="javascript:alert(1)">pay</a> <a href="post.php?post=1042">relative</a>
    <input id="note" value="">
    <select id="status"><option value="pending">Pending</option><option value="on-hold">On hold</option></select>
    <textarea id="t"></textarea>
    <object title="ad"></object>
    <div id="settle-chase-panel">Settle's panel</div>`;
  document.querySelector('.buyer')!.textContent = HOSTILE;
});

describe('the page archive where there is no MHTML (Firefox): one self-contained HTML file', () => {
  it('keeps what the seller sees — text, styles, form values — and nothing that runs', () => {
    (document.getElementById('note') as HTMLInputElement).value = 'typed by the seller';
    (document.getElementById('status') as HTMLSelectElement).value = 'on-hold';
    (document.getElementById('t') as HTMLTextAreaElement).value = 'draft';
    const html = htmlSnapshot(document, '2026-11-25T18:00:00+08:00');
    const saved = new DOMParser().parseFromString(html, 'text/html');

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(saved.querySelector('h1')!.textContent).toBe('Order #1042 details');
    expect(saved.querySelector('style')!.textContent).toContain('rgb(1, 2, 3)');
    expect((saved.getElementById('note') as HTMLInputElement).getAttribute('value')).toBe('typed by the seller');
    expect(saved.querySelector('#status option[value="on-hold"]')!.hasAttribute('selected')).toBe(true);
    expect(saved.getElementById('t')!.textContent).toBe('draft');
    // Nothing that runs or loads another page, and a policy that forbids scripts should any remain.
    expect(saved.querySelectorAll('script, object')).toHaveLength(0);
    expect(saved.querySelector('h1')!.hasAttribute('onclick')).toBe(false);
    expect(saved.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(saved.querySelectorAll('a')[1]!.getAttribute('href')).toMatch(/^https?:\/\/.+post\.php\?post=1042$/);
    expect(saved.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      "script-src 'none'",
    );
    // Hostile text from the page stays text.
    expect(saved.querySelector('.buyer')!.textContent).toBe(HOSTILE);
    expect(saved.querySelectorAll('.buyer img')).toHaveLength(0);
    // Settle's own panel is not part of the console's page.
    expect(saved.getElementById('settle-chase-panel')).toBeNull();
    expect(html).toContain('Saved by Settle from');
    expect(html).toContain('2026-11-25T18:00:00+08:00');
  });

  it('leaves the page itself untouched', () => {
    htmlSnapshot(document, '2026-11-25T18:00:00+08:00');
    expect(document.querySelectorAll('script, object')).toHaveLength(2);
    expect(document.querySelector('h1')!.hasAttribute('onclick')).toBe(true);
    expect(document.getElementById('settle-chase-panel')).not.toBeNull();
  });

  it('answers the background’s measure step with the page’s title and sizes', async () => {
    const metrics = await runCaptureStep(document, { kind: 'measure' });
    expect(metrics).toMatchObject({ title: 'Edit order', scrollY: 0, devicePixelRatio: expect.any(Number) });
  });
});

describe('the pieces of a captured picture', () => {
  it('turns what captureVisibleTab gives into the image’s bytes', async () => {
    const blob = blobOfDataUrl('data:image/png;base64,iVBORw0KGgo=');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => blobOfDataUrl('not a data url')).toThrow();
  });

  it('cuts a tall page into tiles a canvas can hold', () => {
    expect(tileStarts(1000)).toEqual([0]);
    expect(tileStarts(TILE_MAX_PX)).toEqual([0]);
    expect(tileStarts(TILE_MAX_PX * 2 + 1)).toEqual([0, TILE_MAX_PX, TILE_MAX_PX * 2]);
  });
});

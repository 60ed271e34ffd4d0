import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readCustomerNotes, readWooOrder } from '@/lib/marketplaces/woocommerce/extract-detail';
import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/console-contact';
import { noteMatches } from '@/lib/marketplaces/woocommerce/note-match';
import { boundOrder } from '@/lib/marketplaces/bound';
import { READ_LIMITS } from '@/lib/marketplaces/limits';
import { useLocale } from '../../support/i18n';

const EDIT_URL = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const FIXTURE = readFileSync('tests/fixtures/woocommerce/hpos-edit-pending-en.html', 'utf8');
const open = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const note = (kind: 'customer' | 'private' | 'system', html: string, id = 1) =>
  `<li rel="${id}" class="note ${kind === 'customer' ? 'customer-note' : kind === 'system' ? 'system-note' : ''}"><div class="note_content">${html}</div><p class="meta"><abbr class="exact-date" title="2026-11-21 10:00:00">2026-11-21</abbr></p></li>`;
/** The saved order page with these notes at the top of its notes list, newest first, as WooCommerce lists them. */
const withNotes = (notes: string[]) =>
  FIXTURE.replace('<ul class="order_notes">', `<ul class="order_notes">${notes.join('')}`);
const REMINDER =
  'Hello Jane,\n\nYour order #1042 of $1,238.80 is still unpaid. Pay here: http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_AbC123xYz\n\nThanks!';
const SHOWN =
  '<p>Hello Jane,</p><p>Your order #1042 of $1,238.80 is still unpaid. Pay here: http://shop.test/checkout/order-pay/1042/?pay_for_order=true&#038;key=wc_order_AbC123xYz</p><p>Thanks!</p>';

describe('the customer notes of a WooCommerce order page', () => {
  it('reads only the notes to the customer, newest first, as text', () => {
    const doc = open(
      withNotes([
        note('customer', '<p>Second &lt;b&gt;reminder&lt;/b&gt;</p>', 3),
        note('private', '<p>Called the buyer</p>', 2),
        note('customer', '<p>First<br />\nreminder</p>', 1),
      ]),
    );
    expect(readCustomerNotes(doc)).toEqual(['Second <b>reminder</b>', 'First reminder']);
  });

  it('is an empty list when the notes box shows none, and nothing at all without a notes box', () => {
    expect(readCustomerNotes(open(FIXTURE))).toEqual([]);
    expect(readCustomerNotes(open('<html><body><div id="order_data"></div></body></html>'))).toBeUndefined();
  });

  it('keeps the newest 20, each cut to its limit, and walks a bounded number of notes', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      note('customer', `<p>${i === 0 ? 'x'.repeat(5000) : `Note ${i}`}</p>`, 100 - i),
    );
    const notes = readCustomerNotes(open(withNotes(many)))!;
    expect(notes).toHaveLength(READ_LIMITS.customerNotesPerOrder);
    expect(notes[0]).toHaveLength(READ_LIMITS.customerNoteChars);
    expect(notes[0]!.endsWith('…')).toBe(true);
    expect(notes[19]).toBe('Note 19');
    // A customer note past the notes Settle walks is not looked for.
    const privateOnly = Array.from({ length: READ_LIMITS.noteRowsWalked }, () => '<li class="note"></li>');
    const walked = readCustomerNotes(open(withNotes([...privateOnly, note('customer', '<p>Far down</p>')])))!;
    expect(walked).toEqual([]);
  });

  it("is part of the order page's reading, and bounded with the order", () => {
    const read = readWooOrder(open(withNotes([note('customer', SHOWN)])), new URL(EDIT_URL));
    expect(read.ok && read.value.customerNotes).toEqual([expect.stringContaining('Hello Jane,')]);
    if (!read.ok) return;
    const bounded = boundOrder(
      { ...read.value, customerNotes: Array.from({ length: 40 }, () => 'y'.repeat(1000)) },
      new URL(EDIT_URL),
    ).order!;
    expect(bounded.customerNotes).toHaveLength(READ_LIMITS.customerNotesPerOrder);
    expect(bounded.customerNotes![0]).toHaveLength(READ_LIMITS.customerNoteChars);
  });
});

describe('matching a sent reminder to a customer note', () => {
  it("compares the words, not WooCommerce's paragraphs, entities or typography", () => {
    const shown = open(`<div>${SHOWN}</div>`).body.textContent!;
    expect(noteMatches(shown, REMINDER)).toBe(true);
    expect(noteMatches('It’s due – “today”…', 'It\'s due -- "today"...')).toBe(true);
    expect(noteMatches(shown, REMINDER.replace('$1,238.80', '$1,238.81'))).toBe(false);
    expect(noteMatches('', REMINDER)).toBe(false);
  });
});

describe('confirming a customer note on the server', () => {
  beforeEach(() => useLocale('en'));
  const contact = wooConsoleContact;

  it('reads the order page afresh from the server and finds the note there', async () => {
    const fetchPage = vi.fn(async () => withNotes([note('customer', SHOWN)]));
    expect(await contact.confirmOnServer!(EDIT_URL, REMINDER, fetchPage)).toBe(true);
    expect(fetchPage).toHaveBeenCalledWith(EDIT_URL);
  });

  it("is false when the server's page does not show it, whatever the open page shows", async () => {
    // A script on the open page can add a fake "note added" item: only the server's page counts.
    document.body.innerHTML = `<ul class="order_notes">${note('customer', SHOWN)}</ul>`;
    expect(await contact.confirmOnServer!(EDIT_URL, REMINDER, async () => FIXTURE)).toBe(false);
    expect(await contact.confirmOnServer!(EDIT_URL, REMINDER, async () => withNotes([note('private', SHOWN)]))).toBe(
      false,
    );
  });

  it("fails, rather than answering, when the server's answer is not an order page with its notes (signed out, an error page)", async () => {
    await expect(
      contact.confirmOnServer!(
        EDIT_URL,
        REMINDER,
        async () => '<html><body><form id="loginform"></form></body></html>',
      ),
    ).rejects.toThrow(/could not check/);
    await expect(
      contact.confirmOnServer!(EDIT_URL, REMINDER, () => Promise.reject(new TypeError('Failed to fetch'))),
    ).rejects.toThrow(/could not check/);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { addEvidence, addNote, getOrderEvidence } from '@/lib/db/evidence';
import { checkOrderChain, getOrderEvents } from '@/lib/db/queries';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

const KEY: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
const SHA = 'a'.repeat(64);
let db: SettleDb;
let n = 0;

beforeEach(async () => {
  db = new SettleDb(`settle-evidence-${++n}`);
  await ingestSnapshots(db, [createSnapshot()], '2026-11-20T09:00:00.000Z');
});

const attachment = {
  kind: 'attachment' as const,
  blob: new Blob(['proof']),
  name: 'bank transfer.pdf',
  mediaType: 'application/pdf',
  sha256: SHA,
  capturedAt: '2026-11-22T08:00:00+08:00',
};

describe('evidence and notes on an order', () => {
  it('keeps an attachment and puts its SHA-256 on the order’s chain, which still verifies', async () => {
    const id = await addEvidence(db, KEY, attachment);
    expect((await getOrderEvidence(db, KEY)).map((e) => [e.id, e.kind, e.name, e.sha256])).toEqual([
      [id, 'attachment', 'bank transfer.pdf', SHA],
    ]);
    const last = (await getOrderEvents(db, KEY)).at(-1)!;
    expect(last.data).toEqual({
      type: 'evidence_added',
      evidenceId: id,
      kind: 'attachment',
      name: 'bank transfer.pdf',
      mediaType: 'application/pdf',
      bytes: 5,
      sha256: SHA,
    });
    expect(await checkOrderChain(db, KEY)).toMatchObject({ ok: true, length: 2 });
    expect((await db.orders.get(KEY))!.lastActivityAt).toBe(attachment.capturedAt);
  });

  it('adds a note to the timeline', async () => {
    await addNote(
      db,
      KEY,
      'Buyer called: pays Friday.',
      '2026-11-23T10:00:00.000Z',
      'chrome-extension://x/dashboard.html',
    );
    expect((await getOrderEvents(db, KEY)).at(-1)!.data).toEqual({
      type: 'note_added',
      text: 'Buyer called: pays Friday.',
    });
    expect(await checkOrderChain(db, KEY)).toMatchObject({ ok: true, length: 2 });
  });

  it('writes nothing for an order Settle does not have', async () => {
    const other: OrderKey = ['woocommerce', 'http://evil.test', '1042'];
    await expect(addEvidence(db, other, attachment)).rejects.toThrow('This order is not in Settle.');
    await expect(addNote(db, other, 'x', '2026-11-23T10:00:00.000Z', '')).rejects.toThrow(
      'This order is not in Settle.',
    );
    expect(await db.evidence.count()).toBe(0);
    expect(await db.events.count()).toBe(1);
  });
});

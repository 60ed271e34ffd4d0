import type { EvidenceKind } from '../model/events';
import type { OrderKey } from '../model/order-record';
import { appendEvents } from './append-events';
import type { EvidenceRecord, SettleDb } from './schema';
import { orStorageFull } from './storage-full';

/** The largest file the seller may attach (issue 10: "any type, up to 50 MB each"). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** The longest note, in characters. */
export const MAX_NOTE_CHARS = 10_000;

/** A capture or attachment about to be kept; its SHA-256 is computed before (no await of WebCrypto inside a transaction). */
export interface NewEvidence {
  kind: EvidenceKind;
  blob: Blob;
  name: string;
  mediaType: string;
  sha256: string;
  capturedAt: string;
  /** The page it was captured on; absent for an attachment. */
  sourceUrl?: string;
  /** The page's title when it was captured. */
  pageTitle?: string;
  /** What took it: "Settle 0.1.0 · Chrome 156.0.8078.73". */
  capturedWith?: string;
}

/** A capture's page title and what took it, as kept on its record and its timeline event alike. */
const captureDetails = ({ pageTitle, capturedWith }: Pick<NewEvidence, 'pageTitle' | 'capturedWith'>) => ({
  ...(pageTitle !== undefined && { pageTitle }),
  ...(capturedWith && { capturedWith }),
});

/**
 * Keeps one piece of evidence and puts it on the order's timeline (its SHA-256 in the chain), in one
 * transaction: both are written or neither is. A full disk rejects with StorageFullError.
 */
export async function addEvidence(db: SettleDb, key: OrderKey, item: NewEvidence): Promise<number> {
  const [marketplace, shop, orderId] = key;
  return orStorageFull(() =>
    db.transaction('rw', [db.orders, db.evidence, db.events, db.chains], async () => {
      const order = await db.orders.get(key);
      if (!order) throw new Error('This order is not in Settle.');
      const record: EvidenceRecord = {
        marketplace,
        shop,
        orderId,
        kind: item.kind,
        url: item.sourceUrl ?? '',
        capturedAt: item.capturedAt,
        sha256: item.sha256,
        blob: item.blob,
        name: item.name,
        mediaType: item.mediaType,
        ...captureDetails(item),
      };
      const evidenceId = await db.evidence.add(record);
      await appendEvents(db, [
        {
          marketplace,
          shop,
          orderId,
          at: item.capturedAt,
          url: item.sourceUrl ?? '',
          data: {
            type: 'evidence_added',
            evidenceId,
            kind: item.kind,
            name: item.name,
            mediaType: item.mediaType,
            bytes: item.blob.size,
            sha256: item.sha256,
            ...(item.sourceUrl && { sourceUrl: item.sourceUrl }),
            ...captureDetails(item),
          },
        },
      ]);
      await db.orders.update(key, { lastActivityAt: item.capturedAt });
      return evidenceId;
    }),
  );
}

/** Puts the seller's note on the order's timeline. */
export async function addNote(db: SettleDb, key: OrderKey, text: string, at: string, url: string): Promise<void> {
  const [marketplace, shop, orderId] = key;
  await orStorageFull(() =>
    db.transaction('rw', [db.orders, db.events, db.chains], async () => {
      if (!(await db.orders.get(key))) throw new Error('This order is not in Settle.');
      await appendEvents(db, [{ marketplace, shop, orderId, at, url, data: { type: 'note_added', text } }]);
      await db.orders.update(key, { lastActivityAt: at });
    }),
  );
}

/** An order's captures and attachments, oldest first. */
export function getOrderEvidence(db: SettleDb, key: OrderKey): Promise<EvidenceRecord[]> {
  return db.evidence.where('[marketplace+shop+orderId]').equals(key).sortBy('id');
}

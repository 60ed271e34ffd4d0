import { t } from '../i18n/t';
import { READ_LIMITS } from '../marketplaces/limits';
import { consoles } from '../marketplaces/consoles';
import type { MarketplaceId } from '../model/order';
import { orderKeyOf, orderKeyText } from '../model/order-record';
import { chaseTables } from './chase';
import type { SettleDb } from './schema';
import { finishSend, type SendRecord } from './sends';
import { orStorageFull } from './storage-full';

/** The customer notes an order page showed when it was read (newest first), beside its reading. */
export interface NotesReading {
  marketplace: MarketplaceId;
  shop: string;
  orderId: string;
  customerNotes: string[];
}

/** A note-form send not shown in the notes this long after it started did not go out (the console answers in seconds). */
const RECONCILE_AFTER_MS = 2 * 60_000;

/** How a console shows a note it was sent (its console definition says): whether a shown note is those words. */
const noteMatcherOf = (marketplace: MarketplaceId) => consoles.consoleFor(marketplace).noteMatches;

const byStart = (a: SendRecord, b: SendRecord) => a.startedAt.localeCompare(b.startedAt);

/** The order's note-form sends that a reading may settle: the pending ones, and its latest send when that is a failed note. */
function unsettled(sends: SendRecord[]): SendRecord[] {
  const latest = sends.reduce<SendRecord | undefined>(
    (last, s) => (!last || byStart(last, s) <= 0 ? s : last),
    undefined,
  );
  return sends
    .filter((s) => s.channel === 'console-form' && (s.status === 'pending' || (s.status === 'failed' && s === latest)))
    .sort(byStart);
}

/**
 * Settles reminders sent as a console note (`console-form`) from the notes the order page shows:
 * a send still pending whose words are in a customer note is recorded as sent (it counts, with its
 * words); one the notes do not show, started over RECONCILE_AFTER_MS ago, as failed with the reason.
 * The order's latest send, when it was recorded failed, becomes sent if its note shows after all.
 *
 * Each note settles one send: notes with the same words as a reminder already recorded as sent are
 * that reminder's. When the only notes with a send's words are taken so, whether it went out is not
 * known and it stays pending; so it does when the notes read were cut at their limit. Sends of other
 * channels, and orders read without a notes list, are left as they are: never re-sent by themselves.
 *
 * `mayFail: false` only confirms: for a reading of a page that may have been open since before the
 * send started (the reading taken at a click), whose notes list cannot show a note added later.
 */
export async function reconcileSends(
  db: SettleDb,
  readings: NotesReading[],
  now: string,
  { mayFail = true } = {},
): Promise<{ sent: string[]; failed: string[] }> {
  const outcome = { sent: [] as string[], failed: [] as string[] };
  const relevant = readings.filter((r) => noteMatcherOf(r.marketplace));
  if (!relevant.length) return outcome;
  // Most reads have nothing to settle: find out with one read before any write transaction.
  const known = new Map<string, SendRecord[]>();
  for (const s of await db.sends.where('[marketplace+shop+orderId]').anyOf(relevant.map(orderKeyOf)).toArray())
    known.set(orderKeyText(s), [...(known.get(orderKeyText(s)) ?? []), s]);
  const toSettle = new Set([...known].filter(([, sends]) => unsettled(sends).length).map(([key]) => key));
  if (!toSettle.size) return outcome;
  const failure = t('sendFailedNotInNotes');
  await orStorageFull(() =>
    db.transaction('rw', [db.sends, ...chaseTables(db)], async () => {
      for (const reading of relevant) {
        if (!toSettle.has(orderKeyText(reading))) continue;
        const matches = noteMatcherOf(reading.marketplace)!;
        const notes = reading.customerNotes;
        const sends = await db.sends.where('[marketplace+shop+orderId]').equals(orderKeyOf(reading)).toArray();
        const taken = new Set<number>();
        /** Takes the newest note not yet taken that shows these words. */
        const take = (send: SendRecord) => {
          const i = notes.findIndex((note, j) => !taken.has(j) && matches(note, send.text));
          if (i >= 0) taken.add(i);
          return i >= 0;
        };
        for (const send of sends
          .filter((s) => s.channel === 'console-form' && s.status === 'sent')
          .sort(byStart)
          .reverse())
          take(send);
        for (const send of unsettled(sends)) {
          if (take(send)) {
            await finishSend(db, send.sendId, { ok: true }, now);
            outcome.sent.push(send.sendId);
            continue;
          }
          const unknown =
            notes.some((note) => matches(note, send.text)) || notes.length >= READ_LIMITS.customerNotesPerOrder;
          if (
            send.status === 'pending' &&
            mayFail &&
            !unknown &&
            Date.parse(now) - Date.parse(send.startedAt) > RECONCILE_AFTER_MS
          ) {
            await finishSend(db, send.sendId, { ok: false, error: failure }, now);
            outcome.failed.push(send.sendId);
          }
        }
      }
    }),
  );
  return outcome;
}

import Papa from 'papaparse';
import { sentReminders, type OrderEvent } from '../model/events';
import { canonicalJson } from '../db/event-chain';
import { describeEvent } from '../i18n/describe-event';

/** The UTF-8 byte-order mark: with it Excel opens a CSV of Chinese text as UTF-8. */
const BOM = '\uFEFF';

/** A CSV Excel opens as it should: BOM, CRLF, and no cell a spreadsheet would run as a formula (`=…`, `+…`). */
function csv(fields: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: true });
}

/** An event as a line of records/timeline.jsonl: every member that was hashed, and the hash; not the database's id. */
function timelineLine(event: OrderEvent): string {
  const { id: _id, ...line } = event;
  return canonicalJson(line);
}

/** records/timeline.jsonl: the order's chain, one event per line, oldest first. */
export const timelineJsonl = (events: OrderEvent[]) => events.map((e) => `${timelineLine(e)}\n`).join('');

export const TIMELINE_CSV_FIELDS = ['line', 'at', 'event', 'description', 'url', 'prevHash', 'hash'];

/** records/timeline.csv: the same events for a spreadsheet, each described in the seller's language. */
export function timelineCsv(events: OrderEvent[], currency: string, locale: string): string {
  return csv(
    TIMELINE_CSV_FIELDS,
    events.map((e, i) => [
      i + 1,
      e.at,
      e.data.type === 'chase' ? `chase:${e.data.change.type}` : e.data.type,
      describeEvent(e, currency, locale),
      e.url,
      e.prevHash,
      e.hash,
    ]),
  );
}

export const MESSAGES_CSV_FIELDS = ['at', 'tone', 'channel', 'recipient', 'subject', 'text', 'timelineLine'];

/** records/messages.csv: every reminder that went out, with its exact words. */
export function messagesCsv(events: OrderEvent[]): string {
  const rows = sentReminders(events).flatMap(({ at, tone, message: m, line }) =>
    m ? [[at, tone, m.channel, m.recipient ?? '', m.subject ?? '', m.text, line]] : [],
  );
  return csv(MESSAGES_CSV_FIELDS, rows);
}

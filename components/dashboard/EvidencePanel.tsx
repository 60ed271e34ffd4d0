import { useState } from 'preact/hooks';
import type { DashboardProps } from './dashboard-props';
import { addEvidence, addNote, MAX_ATTACHMENT_BYTES, MAX_NOTE_CHARS } from '@/lib/db/evidence';
import { StorageFullError } from '@/lib/db/storage-full';
import type { EvidenceRecord } from '@/lib/db/schema';
import type { OrderKey } from '@/lib/model/order-record';
import { sha256OfBlob } from '@/lib/evidence/package-file';
import { keyFor, t } from '@/lib/i18n/t';
import { formatDateTime } from '../format';
import { useOneAtATime } from './use-one-at-a-time';
import { CaptureButton } from '../CaptureButton';
import { MANUAL_SHOP } from '@/lib/model/shop';
import { clockNow } from '@/lib/browser/clock';

type Outcome = { ok: boolean; lines: string[] };

/**
 * The order's evidence: what is kept (each with its SHA-256), files the seller attaches (payment
 * proof, chat export; any type, up to 50 MB) and notes. Each file is hashed, then kept with its
 * timeline event in one transaction: a full disk keeps nothing of that file and says so.
 */
export function EvidencePanel({
  db,
  locale,
  orderKey,
  evidence,
  capture,
}: DashboardProps & { orderKey: OrderKey; evidence: EvidenceRecord[] }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [note, setNote] = useState('');
  const { busy, once } = useOneAtATime();

  const attach = once(async (input: HTMLInputElement) => {
    const lines: string[] = [];
    let ok = true;
    for (const file of [...(input.files ?? [])]) {
      const refusal =
        file.size > MAX_ATTACHMENT_BYTES
          ? t('attachTooBig', file.name)
          : file.size === 0
            ? t('attachEmpty', file.name)
            : undefined;
      if (refusal) {
        ok = false;
        lines.push(refusal);
      } else {
        try {
          const sha256 = await sha256OfBlob(file);
          await addEvidence(db, orderKey, {
            kind: 'attachment',
            blob: file,
            name: file.name,
            mediaType: file.type || 'application/octet-stream',
            sha256,
            capturedAt: await clockNow(),
          });
          lines.push(t('attachKept', file.name));
        } catch (error) {
          ok = false;
          lines.push(error instanceof StorageFullError ? t('attachStorageFull', file.name) : (error as Error).message);
        }
      }
    }
    input.value = '';
    setOutcome({ ok, lines });
  });

  const saveNote = once(async () => {
    const text = note.trim();
    if (!text) return setOutcome({ ok: false, lines: [t('noteEmpty')] });
    if (text.length > MAX_NOTE_CHARS)
      return setOutcome({ ok: false, lines: [t('noteTooLong', MAX_NOTE_CHARS.toLocaleString(locale))] });
    try {
      await addNote(db, orderKey, text, await clockNow(), location.href);
      setNote('');
      setOutcome({ ok: true, lines: [t('noteAdded')] });
    } catch (error) {
      setOutcome({
        ok: false,
        lines: [error instanceof StorageFullError ? t('noteStorageFull') : (error as Error).message],
      });
    }
  });

  return (
    <section class="evidence-panel">
      <h3>{t('attachTitle')}</h3>
      {evidence.length ? (
        <ul class="evidence-list">
          {evidence.map((e) => (
            <li key={e.id} data-evidence-kind={e.kind}>
              <strong>{e.name ?? t(keyFor('evidenceKind', e.kind))}</strong> · {t(keyFor('evidenceKind', e.kind))} ·{' '}
              {formatDateTime(e.capturedAt, locale)} · {e.blob.size.toLocaleString(locale)} B
              <br />
              {e.url && (
                <>
                  <span class="muted">{t('evidenceCapturedFrom', e.pageTitle ?? '', e.url, e.capturedWith ?? '')}</span>
                  <br />
                </>
              )}
              <code>SHA-256 {e.sha256}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('evidenceNone')}</p>
      )}
      {capture && orderKey[1] !== MANUAL_SHOP && (
        <CaptureButton
          label={t('captureFromConsole')}
          hint={t('captureFromConsoleHint')}
          capture={() => capture.order(orderKey)}
          permission={capture.permission}
        />
      )}
      <label>
        {t('attachFiles')}
        <input type="file" multiple disabled={busy} onChange={(e) => attach(e.currentTarget)} />
      </label>
      <label>
        {t('noteLabel')}
        <textarea value={note} maxLength={MAX_NOTE_CHARS} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={busy} onClick={() => saveNote()}>
        {t('noteAdd')}
      </button>
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role="status">
          {outcome.lines.join(' ')}
        </p>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { DashboardProps } from './dashboard-props';
import { draftDemandLetter, letterLocale, type LetterStyle } from '@/lib/cases/demand-letter';
import type { CaseFacts } from '@/lib/cases/case-facts';
import { addEvidence } from '@/lib/db/evidence';
import { StorageFullError } from '@/lib/db/storage-full';
import type { ChaseSettings } from '@/lib/db/settings';
import { paymentInstructionsFor, signatureFor } from '@/lib/db/settings';
import type { ReminderLocale } from '@/lib/reminders/types';
import { sha256OfBlob } from '@/lib/evidence/package-file';
import type { OrderEvent } from '@/lib/model/events';
import { orderKeyOf, type OrderRecord } from '@/lib/model/order-record';
import { keyFor, t } from '@/lib/i18n/t';
import { useOneAtATime } from './use-one-at-a-time';
import { clockNow, clockNowSync } from '@/lib/browser/clock';

/**
 * The case's demand letter: drafted in the form its venue's jurisdiction expects, edited by the
 * seller, then kept as evidence (its words hashed on the timeline, its text in the package).
 */
export function DemandLetter({
  db,
  order,
  events,
  facts,
  settings,
  reminderLocale,
  optionsUrl,
}: DashboardProps & {
  order: OrderRecord;
  events: OrderEvent[];
  facts: CaseFacts;
  settings: ChaseSettings;
  reminderLocale: ReminderLocale;
}) {
  const style: LetterStyle = facts.venue?.jurisdiction ?? 'general';
  const [text, setText] = useState<string>();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const { busy, once } = useOneAtATime();
  // A formal letter is signed by a person or business, never by a web address: until Options has
  // the name, the draft says where it goes.
  const signer = signatureFor(settings, order.shop);

  const draft = () =>
    setText(
      draftDemandLetter({
        order,
        events,
        style,
        locale: letterLocale(style, reminderLocale),
        seller: signer || t('letterSignHere'),
        howToPay: order.payUrl ?? (paymentInstructionsFor(settings, order.shop) || '—'),
        now: clockNowSync(),
        timeZone: settings.timeZone,
      }),
    );

  const keep = once(async () => {
    if (!text?.trim()) return setOutcome({ ok: false, text: t('letterEmpty') });
    const now = await clockNow();
    const name = `demand-letter-${order.orderId}-${now.slice(0, 10)}.txt`;
    const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    try {
      await addEvidence(db, orderKeyOf(order), {
        kind: 'demand-letter',
        blob,
        name,
        mediaType: 'text/plain',
        sha256: await sha256OfBlob(blob),
        capturedAt: now,
      });
      setOutcome({ ok: true, text: t('letterKept', name) });
    } catch (error) {
      setOutcome({
        ok: false,
        text: error instanceof StorageFullError ? t('noteStorageFull') : (error as Error).message,
      });
    }
  });

  return (
    <section class="demand-letter">
      <h4>{t('letterTitle')}</h4>
      {!signer && (
        <p class="warning sign-hint">
          {t('dashSignHint')} <a href={optionsUrl}>{t('dashOpenOptions')}</a>
        </p>
      )}
      {text === undefined ? (
        <button type="button" onClick={draft}>
          {t('letterDraft')}
        </button>
      ) : (
        <>
          <p class="muted">{t('letterHint', t(keyFor('letterStyle', style)))}</p>
          <textarea class="letter-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="button" class="primary" disabled={busy} onClick={() => keep()}>
            {t('letterKeep')}
          </button>
        </>
      )}
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role="status">
          {outcome.text}
        </p>
      )}
    </section>
  );
}

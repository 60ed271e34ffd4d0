import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAsync } from '../use-async';
import type { DashboardProps } from './dashboard-props';
import { getTemplate } from '@/lib/db/templates';
import { beginSend, finishSend } from '@/lib/db/sends';
import type { ChaseSettings } from '@/lib/db/settings';
import { draftForChannel } from '@/lib/reminders/draft-context';
import type { ReminderOffers } from '@/lib/messaging/types';
import type { ContactChannel } from '@/lib/model/events';
import { orderKeyOf, type OrderRecord } from '@/lib/model/order-record';
import { contactStrategyFor, type ContactOption } from '@/lib/reminders/contact';
import { smsPhone } from '@/lib/reminders/contact/links';
import type { RenderResult } from '@/lib/reminders/render';
import { REMINDER_LOCALES, TONES, type ReminderLocale, type Tone } from '@/lib/reminders/types';
import { decideSend } from '@/lib/db/send-decision';
import { getOrder } from '@/lib/db/queries';
import { describeSendBlock } from '@/lib/i18n/describe-send-block';
import type { PlannedReminder } from '@/lib/tracker/schedule';
import { keyFor, t } from '@/lib/i18n/t';
import { Choice } from '../options/Choice';
import { formatDateTime } from '../format';
import { QrCode } from './QrCode';
import { problemText } from '../options/problem-text';
import { clockNow, clockNowSync } from '@/lib/browser/clock';

interface Props extends DashboardProps {
  order: OrderRecord;
  settings: ChaseSettings;
  planned?: PlannedReminder;
  /** The language the draft starts in: the buyer's, else the shop's (lib/reminders/reminder-locale.ts). */
  reminderLocale: ReminderLocale;
}

type Status = { ok: boolean; text: string } | undefined;
/** A way to send, with the words it carries (shortened for a channel with a limit). */
type FittedOption = ContactOption & { text: string };

/**
 * Reminding a debt added by hand: the drafted reminder in the chosen tone and language, sent as a
 * mail draft, as copied text, or as a QR code holding an sms: link the seller scans with a phone.
 * Each send is logged with its words; a double click logs once; a failure is logged, not counted.
 */
export function ManualReminder({ db, locale, order, settings, planned, reminderLocale, optionsUrl, onChanged }: Props) {
  const [tone, setTone] = useState<Tone>(planned?.tone ?? 'friendly');
  const [lang, setLang] = useState<ReminderLocale>(reminderLocale);
  const [offers, setOffers] = useState<ReminderOffers>({ instalments: false, extension: false });
  const [status, setStatus] = useState<Status>();
  const template = useAsync(() => getTemplate(db, tone, lang), [db, tone, lang]);
  const decision = useAsync(async () => decideSend(db, order, settings, await clockNow()), [db, order, settings]);
  const blocked = decision && !decision.allowed ? decision.block : undefined;
  // The words for each way to send, drafted once (one clock reading): a channel with a limit (a
  // text message) gets them shortened to fit, and that one string is what its QR code holds, what
  // is shown beside it and what is logged.
  const drafted = useMemo(() => {
    if (!template) return undefined;
    const now = clockNowSync();
    const draft: RenderResult = draftForChannel(order, template, settings, now, { offers });
    if (!draft.ok) return { draft, options: [] };
    const strategy = contactStrategyFor('generic');
    const options = strategy
      .options({ order, subject: draft.subject, text: draft.text })
      .flatMap((option): FittedOption[] => {
        if (!option.maxLength) return [{ ...option, text: draft.text }];
        const fitted = draftForChannel(order, template, settings, now, { channelMaxLength: option.maxLength, offers });
        if (!fitted.ok) return [];
        const refitted = strategy
          .options({ order, subject: fitted.subject, text: fitted.text })
          .find((o) => o.channel === option.channel);
        return refitted ? [{ ...refitted, text: fitted.text }] : [];
      });
    return { draft, options };
  }, [template, order, settings, offers]);
  const draft = drafted?.draft;
  // A new id whenever the words change: clicks on the same draft count once.
  const sendId = useMemo(() => crypto.randomUUID(), [draft]);
  // The button just used may be gone (the buyer's 24 hours now hold sending back): the keyboard
  // goes on from the line that says what happened, not from the top of the page.
  const statusLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => statusLine.current?.focus(), [status]);
  if (!drafted || !draft) return null;
  const { options } = drafted;
  // A phone that is not a valid international number gets no text message; say why.
  const badPhone = order.buyer.phone?.trim() && !smsPhone(order.buyer.phone) ? order.buyer.phone.trim() : undefined;
  async function send(option: FittedOption, act: () => Promise<void> | void) {
    if (!draft?.ok) return;
    const now = await clockNow();
    // Asked again at the click, from the stored order: another tab may have paused it or sent meanwhile.
    const current = (await getOrder(db, orderKeyOf(order))) ?? order;
    const fresh = await decideSend(db, current, settings, now, sendId);
    if (!fresh.allowed) {
      // The second click of a double click says nothing: the first one's outcome is on its way.
      if (fresh.block.reason !== 'send-in-flight')
        setStatus({ ok: false, text: describeSendBlock(fresh.block, (iso) => formatDateTime(iso, locale)) });
      return;
    }
    const started = await beginSend(db, {
      sendId,
      marketplace: order.marketplace,
      orderId: order.orderId,
      buyerKey: order.buyerKey,
      shop: order.shop,
      tone,
      channel: option.channel,
      subject: draft.subject,
      text: option.text,
      ...(option.channel === 'mail-draft' && order.buyer.email && { recipient: order.buyer.email }),
      ...(option.channel === 'sms-qr' && order.buyer.phone && { recipient: order.buyer.phone }),
      url: location.href,
      startedAt: now,
    });
    if (!started) return;
    try {
      await act();
      const result = await finishSend(db, sendId, { ok: true }, await clockNow());
      setStatus(
        result.ok
          ? { ok: true, text: t('dashReminderLogged', t(keyFor('channel', option.channel))) }
          : { ok: false, text: t('panelFailed', result.error) },
      );
    } catch (error) {
      const message = (error as Error).message || t('sendFailedUnknown');
      await finishSend(db, sendId, { ok: false, error: message }, await clockNow());
      setStatus({ ok: false, text: t('panelFailed', message) });
    }
    onChanged();
  }

  return (
    <section class="manual-reminder" aria-labelledby="remind-h">
      <h3 id="remind-h">{t('dashRemindTitle')}</h3>
      <div class="row">
        <Choice
          id="remind-tone"
          label={t('optTone')}
          value={tone}
          choices={TONES}
          name={(x) => t(keyFor('tone', x))}
          onChange={setTone}
        />
        <Choice
          id="remind-locale"
          label={t('panelLanguage')}
          value={lang}
          choices={REMINDER_LOCALES}
          name={(l) => t(keyFor('locale', l))}
          onChange={setLang}
        />
        <label>
          <input
            type="checkbox"
            checked={offers.instalments}
            onChange={(e) => setOffers({ ...offers, instalments: e.currentTarget.checked })}
          />{' '}
          {t('optOfferInstalments')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={offers.extension}
            onChange={(e) => setOffers({ ...offers, extension: e.currentTarget.checked })}
          />{' '}
          {t('optOfferExtension')}
        </label>
      </div>
      {!settings.sellerName.trim() && (
        <p class="muted sign-hint">
          {t('dashSignHint')} <a href={optionsUrl}>{t('dashOpenOptions')}</a>
        </p>
      )}
      {!draft.ok ? (
        <div class="error">
          <p>{t('panelTemplateProblem', `${tone} / ${lang}`)}</p>
          <ul class="template-problems">
            {draft.problems.map(({ field, problem }, i) => (
              <li key={i}>
                {t(keyFor('optField', field))}: {problemText(problem, template?.[field] ?? '')}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="muted">{t('panelSubject', draft.subject)}</p>
          <div class="draft" data-testid="manual-draft">
            {draft.text}
          </div>
          {draft.warnings.map((w) => (
            <p key={w} class="muted">
              {t(keyFor('warn', w))}
            </p>
          ))}
          {decision && decision.allowed && decision.quietUntil && (
            <p class="warn quiet-hours">{t('sendQuietHours', formatDateTime(decision.quietUntil, locale))}</p>
          )}
          {!decision ? null : blocked ? (
            <p class="error send-held">{describeSendBlock(blocked, (iso) => formatDateTime(iso, locale))}</p>
          ) : (
            <div class="row send-options">
              {options.map((option) => (
                <SendOption key={option.channel} option={option} onSend={send} />
              ))}
            </div>
          )}
          {badPhone && <p class="muted sms-phone-invalid">{t('dashSmsPhoneInvalid', badPhone)}</p>}
        </>
      )}
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role="status" tabIndex={-1} ref={statusLine}>
          {status.text}
        </p>
      )}
    </section>
  );
}

/** One way to send: a mail-draft link, a copy button, or a QR code with "I sent it". */
function SendOption({
  option,
  onSend,
}: {
  option: FittedOption;
  onSend: (o: FittedOption, act: () => Promise<void> | void) => void;
}) {
  const channel: ContactChannel = option.channel;
  const { action } = option;
  if (action.kind === 'open-url') {
    return (
      <a
        class="button primary"
        data-channel={channel}
        href={action.url}
        onClick={(event) => {
          // Opened only once the send policy allows it and the send is logged as started: never before.
          event.preventDefault();
          onSend(option, () => void window.open(action.url, '_blank', 'noopener'));
        }}
      >
        {t('dashOpenMailDraft')}
      </a>
    );
  }
  if (action.kind === 'copy') {
    return (
      <button
        type="button"
        data-channel={channel}
        onClick={() => onSend(option, () => navigator.clipboard.writeText(action.text))}
      >
        {t('dashCopyText')}
      </button>
    );
  }
  if (action.kind === 'qr') {
    return (
      <figure class="sms-qr" data-channel={channel}>
        <QrCode text={action.payload} label={t('dashQrLabel')} />
        <figcaption>{t('dashQrCaption')}</figcaption>
        <p class="muted">{t('dashSmsText')}</p>
        <div class="draft sms-text" data-testid="sms-text">
          {option.text}
        </div>
        <button type="button" onClick={() => onSend(option, () => undefined)}>
          {t('dashQrSent')}
        </button>
      </figure>
    );
  }
  return null;
}

import type { SettleDb } from '../db/schema';
import { getTrackedOrder } from '../db/renumbered';
import { planReminder } from '../db/plan';
import { getChaseSettings, scheduleFor, signatureFor, type ChaseSettings } from '../db/settings';
import { getTemplate } from '../db/templates';
import { unpaidHistory } from '../db/buyers';
import { reminderLocaleOfOrder } from '../db/buyer-locale';
import { ruleDates } from '../marketplaces/rules';
import type { OrderRecord } from '../model/order-record';
import type { Tone } from '../model/tone';
import { contactStrategyFor } from '../reminders/contact';
import { amountOwed, formatReminderMoney } from '../reminders/draft';
import { describeOutcome } from '../i18n/describe-outcome';
import { draftForChannel } from '../reminders/draft-context';
import type { ReminderLocale } from '../reminders/types';
import { decideSend } from '../db/send-decision';
import { latestSendOf } from '../db/sends';
import { HandledError } from '../messaging/router';
import { shopOfPage } from '../model/shop';
import type { PanelModelMessage } from '../messaging/types';
import type { ChasePanelModel } from '../messaging/panel-model';
import { t } from '../i18n/t';
import { buyerDisplayName } from '../model/buyer-name';
import { channelName, channelNote } from '../i18n/channel-words';

/**
 * The tone the next Send uses: the planned one; once the ladder is climbed, its last rung again
 * (the seller may still send by hand). None while paused or a case is open.
 */
function toneToSend(
  order: OrderRecord,
  settings: ChaseSettings,
): { tone: Tone; dueAt?: string; timing?: NonNullable<ChasePanelModel['next']>['timing'] } | undefined {
  if (!order.open || order.chase.paused || order.chase.stage === 'case') return undefined;
  const planned = planReminder(order, settings);
  if (planned) return planned;
  const last = scheduleFor(settings, order.marketplace).steps.at(-1);
  return last && { tone: last.tone };
}

/** Builds what the order page's panel shows. */
export async function onChasePanel(
  db: SettleDb,
  message: Omit<PanelModelMessage, 'type'>,
  pageUrl: string,
  now: string,
): Promise<ChasePanelModel> {
  // The console page (`pageUrl`) speaks only for its own shop's order of that number (or the order it was renumbered from).
  const order = await getTrackedOrder(db, [
    message.marketplace,
    shopOfPage(message.marketplace, pageUrl),
    message.orderId,
  ]);
  if (!order) throw new HandledError('refused', t('panelNotTracked'));
  const settings = await getChaseSettings(db);
  const locale: ReminderLocale = message.locale ?? (await reminderLocaleOfOrder(db, order, settings));
  const next = toneToSend(order, settings);
  const outcome = describeOutcome(order, (m) => formatReminderMoney(m, locale));
  const channels = contactStrategyFor(order.marketplace)
    .options({ order, subject: '', text: '' })
    .map(({ channel, maxLength }) => {
      const note = channelNote(order.marketplace, channel);
      return {
        channel,
        label: channelName(order.marketplace, channel),
        ...(note && { note }),
        ...(maxLength && { maxLength }),
      };
    });
  const model: ChasePanelModel = {
    order: {
      orderId: order.orderId,
      buyer: buyerDisplayName(order.buyer, t('buyerUnknown')),
      owed: formatReminderMoney(amountOwed(order), locale),
      ...(outcome && { outcome }),
      stage: order.chase.stage,
      remindersSent: order.chase.remindersSent,
      paused: order.chase.paused,
      ...(order.chase.promisedBy && { promisedBy: order.chase.promisedBy }),
    },
    channels,
    ruleDates: ruleDates(order, { terms: settings.sellerTerms }).map((d) => ({
      kind: d.kind,
      at: d.at,
      ...(d.day && { day: d.day }),
      unverified: d.confidence === 'unverified-default',
    })),
    unpaidElsewhere: (await unpaidHistory(db, order)).map((o) => ({ orderId: o.orderId, stage: o.chase.stage })),
    sendId: crypto.randomUUID(),
    ...(!signatureFor(settings, order.shop) && { unsigned: true }),
  };
  const last = await latestSendOf(db, order);
  if (last?.status === 'sent')
    model.lastSend = { channel: last.channel, at: last.finishedAt ?? last.startedAt, status: 'sent' };
  if (last?.status === 'failed')
    model.lastSend = {
      channel: last.channel,
      at: last.finishedAt ?? last.startedAt,
      status: 'failed',
      error: last.error ?? t('sendFailedUnknown'),
    };
  if (!next) return model;
  if (next.dueAt && next.timing)
    model.next = { tone: next.tone, dueAt: next.dueAt, timing: next.timing, due: next.dueAt <= now };
  const decision = await decideSend(db, order, settings, now);
  if (!decision.allowed) model.blocked = decision.block;
  else if (decision.quietUntil) model.quietUntil = decision.quietUntil;
  const rendered = draftForChannel(order, await getTemplate(db, next.tone, locale), settings, now, {
    channelMaxLength: channels[0]?.maxLength,
    offers: message.offers,
  });
  if (rendered.ok)
    model.draft = {
      tone: next.tone,
      locale,
      subject: rendered.subject,
      text: rendered.text,
      warnings: rendered.warnings,
      offers: message.offers ?? { instalments: false, extension: false },
    };
  else model.templateProblem = t('panelTemplateProblem', `${next.tone} / ${locale}`);
  return model;
}

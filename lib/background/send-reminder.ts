import type { SettleDb } from '../db/schema';
import { ingestSnapshots } from '../db/ingest';
import { getOrder } from '../db/queries';
import { getChaseSettings } from '../db/settings';
import { beginSend, finishSend, shopOf } from '../db/sends';
import { getTemplate } from '../db/templates';
import { contactStrategyFor } from '../reminders/contact';
import { sendBlockFor } from '../db/send-block';
import { HandledError } from '../messaging/router';
import type { SendBeginMessage, SendFinishMessage } from '../messaging/types';
import type { SendPlan } from '../messaging/panel-model';
import { t } from '../i18n/t';
import { draftForChannel } from '../reminders/draft-context';
import { refreshReminders } from './refresh-reminders';

const refuse = (detail: string) => new HandledError('refused', detail);

/**
 * The seller clicked Send. The page was read again at the click and is stored first; a reminder
 * goes out only if the order is still owed, not paused, and neither the buyer's 24 hours nor the
 * shop's daily cap holds it back. The words are drafted here, for the chosen channel's limit.
 */
export async function onSendBegin(db: SettleDb, message: SendBeginMessage, now = new Date().toISOString()): Promise<SendPlan> {
  if (!message.reading.ok) throw refuse(t('sendRefusedUnreadable'));
  // Known closed (paid, seen on another page): this page may be stale; its reading must not reopen the order.
  const known = await getOrder(db, message.marketplace, message.orderId);
  if (known && !known.open) throw refuse(t('sendRefusedClosed', known.statusText));
  await ingestSnapshots(db, message.reading.orders, now);
  const order = await getOrder(db, message.marketplace, message.orderId);
  if (!order) throw refuse(t('panelNotTracked'));
  if (!order.open) throw refuse(t('sendRefusedClosed', order.statusText));
  if (order.chase.paused) throw refuse(t('sendRefusedPaused'));
  const settings = await getChaseSettings(db);
  const blocked = await sendBlockFor(db, order, settings, now);
  if (blocked) throw refuse(blocked.reason === 'daily-cap' ? t('sendRefusedDailyCap') : t('sendRefusedBuyerRecent'));

  const strategy = contactStrategyFor(order.marketplace);
  const chosen = strategy.options({ order, subject: '', text: '' }).find((o) => o.channel === message.channel);
  if (!chosen) throw refuse(t('sendRefusedChannel'));
  const draft = draftForChannel(order, await getTemplate(db, message.tone, message.locale), settings, now, { channelMaxLength: chosen.maxLength, offers: message.offers });
  if (!draft.ok) throw refuse(t('panelTemplateProblem', `${message.tone} / ${message.locale}`));
  const option = strategy.options({ order, subject: draft.subject, text: draft.text }).find((o) => o.channel === message.channel)!;
  // The console's own order action sends the console's words, not ours: log what it is.
  const logged = option.action.kind === 'console-action' ? t('sentViaConsoleAction', option.action.name) : draft.text;

  const started = await beginSend(db, {
    sendId: message.sendId,
    marketplace: order.marketplace,
    orderId: order.orderId,
    buyerKey: order.buyerKey,
    shop: shopOf(order),
    tone: message.tone,
    channel: message.channel,
    subject: draft.subject,
    text: logged,
    ...(message.channel === 'mail-draft' && order.buyer.email && { recipient: order.buyer.email }),
    url: message.url,
    startedAt: now,
  });
  if (!started) throw refuse(t('sendRefusedDuplicate'));
  return { action: option.action, text: draft.text, subject: draft.subject };
}

/** The content script reports how the send went; only a send started from the same site can be finished. */
export async function onSendFinish(db: SettleDb, message: SendFinishMessage, now = new Date().toISOString()) {
  const send = await db.sends.get(message.sendId);
  if (!send || new URL(send.url).origin !== new URL(message.url).origin) throw new HandledError('forbidden', t('sendUnknown'));
  const result = await finishSend(db, message.sendId, message.ok ? { ok: true } : { ok: false, error: message.error ?? t('sendFailedUnknown') }, now);
  await refreshReminders(db, now);
  return { ok: result.ok, ...(!result.ok && { error: result.error }) };
}

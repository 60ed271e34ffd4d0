import type { SettleDb } from '../db/schema';
import { ingestSnapshots, StorageFullError } from '../db/ingest';
import { reconcileSends } from '../db/reconcile-sends';
import { getOrder } from '../db/queries';
import { getChaseSettings } from '../db/settings';
import { beginSend, finishSend } from '../db/sends';
import { getTemplate } from '../db/templates';
import { contactStrategyFor } from '../reminders/contact';
import { decideSend } from '../db/send-decision';
import { describeSendRefusal } from '../i18n/describe-send-block';
import { formatDateTime } from '../i18n/format-date-time';
import { HandledError } from '../messaging/router';
import type { OrderKey } from '../model/order-record';
import { shopOfPage } from '../model/shop';
import { admitPageOrders } from './page-orders';
import type { PageReading } from '../marketplaces/types';
import type { PanelFinishMessage, PanelSendMessage } from '../messaging/types';
import type { SendPlan } from '../messaging/panel-model';
import { keyFor, t, uiLocale } from '../i18n/t';
import { draftForChannel } from '../reminders/draft-context';
import { refreshReminders } from './refresh-reminders';

const refuse = (detail: string) => new HandledError('refused', detail);

/** The panel's Send, with the console page read again at the click. */
export type SendBeginRequest = Omit<PanelSendMessage, 'type'> & { reading: PageReading };

/** A full disk, said plainly: what was being written rolled back whole. */
async function plainIfDiskFull<T>(work: () => Promise<T>, detail: () => string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StorageFullError ? new HandledError('storage-full', detail()) : error;
  }
}

/**
 * The seller clicked Send. The page was read again at the click and is stored first, and the
 * order's notes it shows confirm an earlier send never confirmed; a reminder goes out only if the
 * send policy (lib/tracker/send-policy.ts) allows it. The words are drafted here, for the chosen channel's limit.
 */
export async function onSendBegin(
  db: SettleDb,
  message: SendBeginRequest,
  pageUrl: string,
  now: string,
): Promise<SendPlan> {
  return plainIfDiskFull(
    () => beginChecked(db, message, pageUrl, now),
    () => t('sendRefusedStorageFull'),
  );
}

/** `pageUrl`: the console page the panel is on, as the browser reports it; its shop is the order's. */
async function beginChecked(db: SettleDb, message: SendBeginRequest, pageUrl: string, now: string): Promise<SendPlan> {
  if (!message.reading.ok) throw refuse(t('sendRefusedUnreadable'));
  // The page speaks only for its own shop's order of that number.
  const key: OrderKey = [message.marketplace, shopOfPage(message.marketplace, pageUrl), message.orderId];
  // Known closed (paid, seen on another page): this page may be stale; its reading must not reopen the order.
  const known = await getOrder(db, key);
  if (known && !known.open) throw refuse(t('sendRefusedClosed', known.statusText));
  const admitted = admitPageOrders(message.reading.marketplace, message.reading.orders, pageUrl, now);
  await ingestSnapshots(db, admitted.orders, now);
  // This page may have been open since before an unconfirmed send started: its notes may confirm that send, never fail it.
  await reconcileSends(db, admitted.notes, now, { mayFail: false });
  const order = await getOrder(db, key);
  if (!order) throw refuse(t('panelNotTracked'));
  const settings = await getChaseSettings(db);
  // The same policy the panel was drawn from, asked again now that the page is read afresh.
  const decision = await decideSend(db, order, settings, now, message.sendId);
  if (!decision.allowed) throw refuse(describeSendRefusal(decision.block, (iso) => formatDateTime(iso, uiLocale())));

  const strategy = contactStrategyFor(order.marketplace);
  const chosen = strategy.options({ order, subject: '', text: '' }).find((o) => o.channel === message.channel);
  if (!chosen) throw refuse(t('sendRefusedChannel'));
  const draft = draftForChannel(order, await getTemplate(db, message.tone, message.locale), settings, now, {
    channelMaxLength: chosen.maxLength,
    offers: message.offers,
  });
  if (!draft.ok) throw refuse(t('panelTemplateProblem', `${message.tone} / ${message.locale}`));
  const option = strategy
    .options({ order, subject: draft.subject, text: draft.text })
    .find((o) => o.channel === message.channel)!;
  // The console's own order action sends the console's words, not ours: log which action, by the name the console shows it under.
  const logged =
    option.action.kind === 'console-action'
      ? t('sentViaConsoleAction', t(keyFor('consoleAction', option.action.name)))
      : draft.text;

  const started = await beginSend(db, {
    sendId: message.sendId,
    marketplace: order.marketplace,
    orderId: order.orderId,
    buyerKey: order.buyerKey,
    shop: order.shop,
    tone: message.tone,
    channel: message.channel,
    subject: draft.subject,
    text: logged,
    ...(message.channel === 'mail-draft' && order.buyer.email && { recipient: order.buyer.email }),
    url: pageUrl,
    startedAt: now,
  });
  if (!started) throw refuse(t('sendRefusedDuplicate'));
  return { action: option.action, text: draft.text, subject: draft.subject };
}

/**
 * How the send went; only a send started from the same site (`pageUrl`, the console page) can be
 * finished. A confirmed send is recorded as sent even if the order closed meanwhile; a sent one
 * stays sent. A full disk is answered `storage-full`, and the send stays unconfirmed.
 */
export async function onSendFinish(
  db: SettleDb,
  message: Omit<PanelFinishMessage, 'type'>,
  pageUrl: string,
  now: string,
) {
  const send = await db.sends.get(message.sendId);
  if (!send || send.shop !== shopOfPage(send.marketplace, pageUrl))
    throw new HandledError('forbidden', t('sendUnknown'));
  const outcome = message.ok
    ? { ok: true as const }
    : { ok: false as const, error: message.error ?? t('sendFailedUnknown') };
  const result = await plainIfDiskFull(
    () => finishSend(db, message.sendId, outcome, now),
    () => t('sendStorageFull'),
  );
  await refreshReminders(db, now);
  return { ok: result.ok, ...(!result.ok && { error: result.error }) };
}

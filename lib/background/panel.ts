import * as v from 'valibot';
import type { SettleDb } from '../db/schema';
import type { PageReading } from '../marketplaces/types';
import { HandledError, type MessageSender } from '../messaging/router';
import { PageReadingSchema, PerformOutcomeSchema } from '../messaging/schemas';
import type { ChasePanelModel } from '../messaging/panel-model';
import {
  BgToCs,
  type PanelFinishMessage,
  type PanelModelMessage,
  type PanelSendMessage,
  type PanelSendOutcome,
  type PanelSizeMessage,
} from '../messaging/types';
import { t } from '../i18n/t';
import { onChasePanel } from './chase-panel';
import { onSendBegin, onSendFinish } from './send-reminder';
import { orderFrame, type AskConsolePage } from './order-frame';

export type { AskConsolePage } from './order-frame';

/** The console tab the panel is framed in: its address decides the shop, never the panel's message. */
function consoleTab(sender: MessageSender): { id: number; url: string } {
  const { id, url } = sender.tab ?? {};
  if (id === undefined || !url) throw new HandledError('forbidden', 'The panel is not on a console page.');
  return { id, url };
}

/** What the panel shows for one order of its tab's shop. */
export async function onPanelModel(
  db: SettleDb,
  message: PanelModelMessage,
  sender: MessageSender,
  now: string,
): Promise<ChasePanelModel> {
  return onChasePanel(db, message, consoleTab(sender).url, now);
}

/**
 * Send, from Settle's own panel. The background drives it: the console page is read again at the
 * click and stored first (a paid order is never reminded); the send is recorded as pending; the
 * content script types the note and the background records what happened. When the page stops
 * answering (the tab closed, the worker restarted) the send stays pending and is settled by the
 * next reading of the order's notes: it is never sent again by itself.
 */
export async function onPanelSend(
  db: SettleDb,
  message: PanelSendMessage,
  sender: MessageSender,
  askPage: AskConsolePage,
  now: string,
): Promise<PanelSendOutcome> {
  const tab = consoleTab(sender);
  // The frame that shows the order (eBay's details may be a child frame): it is read, and it sends.
  const frame = await orderFrame(tab, message, askPage);
  const raw = await askPage(tab.id, { type: BgToCs.READ }, frame.frameId).catch(() => undefined);
  const parsed = v.safeParse(PageReadingSchema, raw);
  const reading = (parsed.success ? parsed.output : { ok: false, error: t('sendRefusedUnreadable') }) as PageReading;
  const plan = await onSendBegin(db, { ...message, reading }, frame.url, now);
  const finish = (ok: boolean, error?: string) =>
    onSendFinish(db, { sendId: message.sendId, ok, ...(error && { error }) }, frame.url, now);

  if (plan.action.kind !== 'console-form' && plan.action.kind !== 'console-action')
    return { status: 'do-it', action: plan.action, text: plan.text };
  let outcome: v.InferOutput<typeof PerformOutcomeSchema>;
  try {
    outcome = v.parse(
      PerformOutcomeSchema,
      await askPage(tab.id, { type: BgToCs.PERFORM, action: plan.action }, frame.frameId),
    );
  } catch {
    return { status: 'unknown' };
  }
  try {
    if (!outcome.ok) {
      await finish(false, outcome.error);
      return { status: 'failed', error: outcome.error };
    }
    await finish(true);
    return { status: 'sent' };
  } catch (error) {
    // The console answered, but Settle could not write it down (a full disk, a broken database): the
    // send stays pending and the next reading of the order's notes settles it. Never "not sent".
    console.error('Settle: could not record how a send went', error);
    return { status: 'unknown' };
  }
}

/** The panel copied the text or opened the mail draft itself: record how that went. */
export async function onPanelFinish(db: SettleDb, message: PanelFinishMessage, sender: MessageSender, now: string) {
  return onSendFinish(db, message, consoleTab(sender).url, now);
}

/** The panel's height, for the frame the content script drew around it (in the frame that shows the order). */
export async function onPanelSize(
  message: PanelSizeMessage,
  sender: MessageSender,
  askPage: AskConsolePage,
): Promise<null> {
  const tab = consoleTab(sender);
  const { frameId } = await orderFrame(tab, message, askPage);
  await askPage(tab.id, { type: BgToCs.SIZE, height: message.height }, frameId).catch(() => undefined);
  return null;
}

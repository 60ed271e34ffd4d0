import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { ChasePanelModel } from '../messaging/panel-model';
import {
  PanelToBg,
  type BgMessage,
  type BgResponse,
  type PanelSendOutcome,
  type ReminderOffers,
} from '../messaging/types';
import type { ContactAction } from '../reminders/contact/types';
import type { ReminderLocale } from '../reminders/types';
import { t } from '../i18n/t';
import { renderPanel, type CaptureStatus, type PanelState, type PanelStatus } from './panel-view';
import type { CaptureOutcome, CaptureTrigger } from '../messaging/types';
import { describeCapture } from '../i18n/describe-capture';
import { copyText } from './copy-text';
import type { ClickGuard } from './click-guard';

export type Ask = (message: BgMessage) => Promise<BgResponse | undefined>;

export interface PanelController {
  /** What a (confirmed, visible) click on Send does; exposed for tests. */
  send(channel: ContactChannel, locale: ReminderLocale): Promise<void>;
}

/** Asks the background; a missing answer (worker stopped) or a refusal becomes an Error with the reason. */
async function request<T>(ask: Ask, message: BgMessage): Promise<T> {
  const answer = await ask(message);
  if (!answer) throw new Error(t('sendErrNoAnswer'));
  if (!answer.ok) throw new Error(answer.detail);
  return answer.result as T;
}

/**
 * Settle's order panel, in its own frame on the console page: shows the drafted next reminder and
 * sends it with one click. The background reads the page again, refuses a paid order, records the
 * send and has the console page type it; a double click sends once (one sendId per draft).
 */
export async function runPanel(
  root: HTMLElement,
  order: { marketplace: MarketplaceId; orderId: string },
  ask: Ask,
  guard: ClickGuard,
): Promise<PanelController> {
  const doc = root.ownerDocument;
  let state: PanelState | undefined;
  let busy = false;
  const show = (next: PanelState) => {
    state = next;
    renderPanel(root, state, {
      onSend: (channel, locale) => void sendIfVisible(channel, locale),
      onConfirm: (channel, locale) => void controller.send(channel, locale),
      onCancel: () => state && show({ ...state, confirming: false }),
      onLocale: (locale) => void load(locale, state?.channel, undefined, state?.model.draft?.offers),
      onOffers: (offers) => void load(state?.model.draft?.locale, state?.channel, undefined, offers),
      onChannel: (channel) => state && show({ ...state, channel, status: undefined }),
      onCapture: () => void capture('seller'),
      onAllowCapture: () => openCaptureSettings(),
    });
    // Focus is moved once; later renders keep it wherever the seller has taken it since.
    if (state.focus) state = { ...state, focus: undefined };
  };
  const showCapture = (capture: CaptureStatus | undefined) => state && show({ ...state, capture });

  /** Settle's options, where the seller allows captures (a click there is one the browser asks from). */
  function openCaptureSettings() {
    request(ask, { type: PanelToBg.OPEN_CAPTURE_SETTINGS }).catch((error: Error) =>
      showCapture({ kind: 'error', text: t('captureFailed', error.message) }),
    );
  }
  /** At the seller's click or right after a send; without the browser's permission the panel says why and where to allow it. */
  async function capture(trigger: CaptureTrigger): Promise<void> {
    if (trigger === 'seller') showCapture({ kind: 'working' });
    try {
      const outcome = await request<CaptureOutcome>(ask, { type: PanelToBg.CAPTURE, ...order, trigger });
      if (outcome.skipped === 'off') return;
      if (outcome.skipped === 'no-permission')
        return showCapture(
          trigger === 'seller' ? { kind: 'ask' } : { kind: 'error', text: t('captureSendNoPermission') },
        );
      const { ok, text } = describeCapture(outcome);
      showCapture({ kind: ok ? 'ok' : 'error', text: trigger === 'send' && ok ? t('captureSendKept') : text });
    } catch (error) {
      showCapture({ kind: 'error', text: t('captureFailed', (error as Error).message) });
    }
  }
  /** A click Settle's panel was not visibly under does nothing (the page hid, covered or restyled it). */
  async function sendIfVisible(channel: ContactChannel, locale: ReminderLocale) {
    const visible = await guard.visibleNow();
    if (!state) return;
    if (!visible) return show({ ...state, status: { kind: 'error', text: t('panelHiddenNoSend') } });
    if (guard.needsConfirmation) return show({ ...state, confirming: true, status: undefined });
    await controller.send(channel, locale);
  }
  async function load(
    locale?: ReminderLocale,
    channel?: ContactChannel,
    status?: PanelStatus,
    offers?: ReminderOffers,
  ) {
    try {
      const model = await request<ChasePanelModel>(ask, {
        type: PanelToBg.MODEL,
        ...order,
        ...(locale && { locale }),
        ...(offers && { offers }),
      });
      const keep = channel && model.channels.some((c) => c.channel === channel) ? channel : model.channels[0]?.channel;
      // A status is a send's outcome: the keyboard focus goes to it, not back to the top of the page.
      show({
        model,
        channel: keep ?? 'copied',
        ...(status && { status, focus: 'status' as const }),
        ...(state?.capture && { capture: state.capture }),
      });
    } catch (error) {
      const p = doc.createElement('p');
      p.textContent = t('panelUnavailable', (error as Error).message);
      root.replaceChildren(p);
    }
  }

  const controller: PanelController = {
    async send(channel, locale) {
      if (busy || !state?.model.draft) return;
      busy = true;
      const { model } = state;
      show({ ...state, confirming: false, status: { kind: 'sending' } });
      let status: PanelStatus;
      try {
        const { tone, offers } = model.draft!;
        const outcome = await request<PanelSendOutcome>(ask, {
          type: PanelToBg.SEND,
          sendId: model.sendId,
          ...order,
          tone,
          locale,
          channel,
          offers,
        });
        status = await statusOf(outcome, model.sendId);
      } catch (error) {
        status = { kind: 'error', text: t('panelFailed', (error as Error).message) };
      }
      busy = false;
      await load(locale, channel, status, model.draft?.offers);
      // The page as the seller saw it when the reminder went (the "capture on send" setting). Not
      // after the invoice action: it reloads the page, which is then not the page that was sent from.
      if (status.kind === 'ok' && channel !== 'console-invoice') await capture('send');
    },
  };

  async function statusOf(outcome: PanelSendOutcome, sendId: string): Promise<PanelStatus> {
    switch (outcome.status) {
      case 'sent':
        return { kind: 'ok', text: t('panelSent') };
      case 'failed':
        return { kind: 'error', text: t('panelFailed', outcome.error) };
      case 'unknown':
        return { kind: 'error', text: t('panelSendUnknown') };
      case 'do-it':
        return doItHere(outcome.action, sendId);
    }
  }

  /** Copied text and mail drafts are carried out by the panel itself, then recorded. */
  async function doItHere(action: ContactAction, sendId: string): Promise<PanelStatus> {
    const finish = (ok: boolean, error?: string) =>
      request(ask, { type: PanelToBg.FINISH, sendId, ok, ...(error && { error }) });
    try {
      if (action.kind === 'copy') {
        await copyText(doc, action.text).catch(() => Promise.reject(new Error(t('sendErrCopy'))));
        await finish(true);
        if (action.thenOpen) doc.defaultView?.open(action.thenOpen, '_blank', 'noopener');
        return { kind: 'ok', text: t('panelSentCopied') };
      }
      if (action.kind === 'open-url') {
        await finish(true);
        doc.defaultView?.open(action.url, '_blank', 'noopener');
        return { kind: 'ok', text: t('panelSentMail'), mailUrl: action.url };
      }
      throw new Error(t('sendRefusedChannel'));
    } catch (error) {
      const text = (error as Error).message;
      await finish(false, text).catch(() => undefined);
      return { kind: 'error', text: t('panelFailed', text) };
    }
  }

  await load();
  return controller;
}

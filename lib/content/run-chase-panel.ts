import type { MarketplaceAdapter } from '../marketplaces/types';
import { readPageWith } from '../marketplaces/read-page';
import type { ContactChannel } from '../model/events';
import type { ChasePanelModel, SendPlan } from '../messaging/panel-model';
import { CsToBg, type BgMessage, type BgResponse, type ReminderOffers } from '../messaging/types';
import type { ReminderLocale } from '../reminders/types';
import { t } from '../i18n/t';
import { PANEL_CSS } from './panel/panel-style';
import { renderPanel, type PanelState, type PanelStatus } from './panel/panel-view';
import { copyText } from './copy-text';

export type Ask = (message: BgMessage) => Promise<BgResponse | undefined>;

export interface PanelController {
  /** What the Send button does (exposed for tests; the button calls it on a real click only). */
  send(channel: ContactChannel, locale: ReminderLocale): Promise<void>;
  host: HTMLElement;
}

const HOST_ID = 'settle-chase-panel';

/** Asks the background; a missing answer (worker stopped) or a refusal becomes an Error with the reason. */
async function request<T>(ask: Ask, message: BgMessage): Promise<T> {
  const answer = await ask(message);
  if (!answer) throw new Error(t('sendErrNoAnswer'));
  if (!answer.ok) throw new Error(answer.detail);
  return answer.result as T;
}

/**
 * The panel on an unpaid order's page: shows the drafted next reminder and sends it with one
 * click through the console's contact strategy. Sending re-reads the page first (the background
 * refuses if the order is now paid), logs the outcome, and a double click sends once.
 */
export async function runChasePanel(adapter: MarketplaceAdapter, doc: Document, location: string, orderId: string, ask: Ask): Promise<PanelController | undefined> {
  const anchor = adapter.panelAnchor(doc);
  if (!anchor) return undefined;
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  root.append(style);
  anchor.prepend(host);
  const url = new URL(location);

  let state: PanelState | undefined;
  let busy = false;
  const show = (next: PanelState) => {
    state = next;
    renderPanel(root, state, {
      onSend: (channel, locale) => void controller.send(channel, locale),
      onLocale: (locale) => void load(locale, state?.channel, undefined, state?.model.draft?.offers),
      onOffers: (offers) => void load(state?.model.draft?.locale, state?.channel, undefined, offers),
      onChannel: (channel) => state && show({ ...state, channel, status: undefined }),
    });
  };
  const showError = (text: string) => {
    const p = doc.createElement('p');
    p.textContent = t('panelUnavailable', text);
    root.replaceChildren(style, p);
  };
  async function load(locale?: ReminderLocale, channel?: ContactChannel, status?: PanelStatus, offers?: ReminderOffers) {
    try {
      const model = await request<ChasePanelModel>(ask, { type: CsToBg.CHASE_PANEL, url: url.href, marketplace: adapter.id, orderId, ...(locale && { locale }), ...(offers && { offers }) });
      const keep = channel && model.channels.some((c) => c.channel === channel) ? channel : model.channels[0]?.channel;
      show({ model, channel: keep ?? 'copied', ...(status && { status }) });
    } catch (error) {
      showError((error as Error).message);
    }
  }

  const controller: PanelController = {
    host,
    async send(channel, locale) {
      if (busy || !state?.model.draft) return;
      busy = true;
      const { model } = state;
      show({ ...state, status: { kind: 'sending' } });
      let status: PanelStatus;
      try {
        const reading = readPageWith(adapter, doc, url) ?? { ok: false as const, error: t('sendRefusedUnreadable') };
        const { tone, offers } = model.draft!;
        const plan = await request<SendPlan>(ask, { type: CsToBg.SEND_BEGIN, url: url.href, sendId: model.sendId, marketplace: adapter.id, orderId, tone, locale, channel, offers, reading });
        status = await perform(plan);
      } catch (error) {
        status = { kind: 'error', text: t('panelFailed', (error as Error).message) };
      }
      busy = false;
      await load(locale, channel, status, model.draft?.offers);
    },
  };

  /** Carries out the background's plan and reports the outcome; a failure is logged, not counted. */
  async function perform(plan: SendPlan): Promise<PanelStatus> {
    const finish = (ok: boolean, error?: string) => request<{ ok: boolean; error?: string }>(ask, { type: CsToBg.SEND_FINISH, url: url.href, sendId: state!.model.sendId, ok, ...(error && { error }) });
    /** Logs the send as done; the background may still refuse it (the order closed meanwhile). */
    const logSent = async () => {
      const logged = await finish(true);
      if (!logged.ok) throw new Error(logged.error ?? t('sendFailedUnknown'));
    };
    const { action } = plan;
    try {
      switch (action.kind) {
        case 'console-form':
          if (!adapter.consoleContact) throw new Error(t('sendErrNoteBox'));
          await adapter.consoleContact.sendForm(doc, action.text);
          await logSent();
          return { kind: 'ok', text: t('panelSent') };
        case 'console-action':
          if (!adapter.consoleContact?.hasAction(doc, action.name)) throw new Error(t('sendErrActionMissing', action.name));
          // Logged before the console submits: the page reloads and this script goes with it.
          await logSent();
          adapter.consoleContact.runAction(doc, action.name);
          return { kind: 'ok', text: t('panelSent') };
        case 'copy':
          await copyText(doc, action.text).catch(() => Promise.reject(new Error(t('sendErrCopy'))));
          await logSent();
          if (action.thenOpen) doc.defaultView?.open(action.thenOpen, '_blank', 'noopener');
          return { kind: 'ok', text: t('panelSentCopied') };
        case 'open-url':
          await logSent();
          doc.defaultView?.location.assign(action.url);
          return { kind: 'ok', text: t('panelSentMail'), mailUrl: action.url };
        case 'qr':
          throw new Error(t('sendRefusedChannel'));
      }
    } catch (error) {
      const text = (error as Error).message;
      await finish(false, text).catch(() => undefined);
      return { kind: 'error', text: t('panelFailed', text) };
    }
  }

  await load();
  return controller;
}

import type { ContactChannel } from '../model/events';
import type { ChasePanelModel } from '../messaging/panel-model';
import { REMINDER_LOCALES, type ReminderLocale } from '../reminders/types';
import type { ReminderOffers } from '../messaging/types';
import { keyFor, t, uiLocale } from '../i18n/t';
import { sendStateOf } from './send-state';
import { dateTimeFormat } from '../i18n/intl-cache';
import { formatRuleDate } from '../i18n/format-date-time';

export type PanelStatus =
  { kind: 'sending' } | { kind: 'ok'; text: string; mailUrl?: string } | { kind: 'error'; text: string };

/** Where a capture stands: running, waiting for the seller to allow it (with why), or done. */
export type CaptureStatus = { kind: 'working' } | { kind: 'ask' } | { kind: 'ok' | 'error'; text: string };

export interface PanelState {
  model: ChasePanelModel;
  channel: ContactChannel;
  status?: PanelStatus;
  /** Send was clicked where the browser cannot tell whether the panel was visible: ask once more, here. */
  confirming?: boolean;
  capture?: CaptureStatus;
  /** Where the keyboard focus goes on this render: after a send, the line that says what happened. */
  focus?: 'status';
}

/** The confirmation's button takes clicks only after this long, so a click meant for Send cannot land on it. */
export const CONFIRM_DELAY_MS = 600;

export interface PanelCallbacks {
  onSend(channel: ContactChannel, locale: ReminderLocale): void;
  onConfirm(channel: ContactChannel, locale: ReminderLocale): void;
  onCancel(): void;
  onLocale(locale: ReminderLocale): void;
  onOffers(offers: ReminderOffers): void;
  onChannel(channel: ContactChannel): void;
  onCapture(): void;
  /** Opens Settle's options where the seller allows page captures. */
  onAllowCapture(): void;
}

/** Builds an element with text only: page and buyer text is never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const dateTime = (iso: string) =>
  dateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));

function select<T extends string>(
  doc: Document,
  label: string,
  values: readonly T[],
  current: T,
  name: (v: T) => string,
  onChange: (v: T) => void,
) {
  const wrap = el(doc, 'label', label);
  const s = el(doc, 'select');
  s.dataset.focus = label;
  for (const v of values) {
    const o = el(doc, 'option', name(v));
    o.value = v;
    o.selected = v === current;
    s.append(o);
  }
  s.addEventListener('change', () => onChange(s.value as T));
  wrap.append(s);
  return wrap;
}

/** The order page's panel: the order's chase at a glance and the drafted next reminder with one Send button. */
export function renderPanel(root: ShadowRoot | HTMLElement, state: PanelState, cb: PanelCallbacks): void {
  const doc = root.ownerDocument ?? document;
  const focus = state.focus ?? focusedKey(root);
  const { model } = state;
  const box = el(doc, 'section', undefined, 'panel');
  box.setAttribute('aria-label', t('panelTitle'));
  box.append(el(doc, 'h2', t('panelTitle')));
  const { order } = model;
  // A closed order owes nothing: its headline says what it came to instead.
  box.append(
    el(
      doc,
      'p',
      order.outcome
        ? t('panelOrderOutcome', order.orderId, order.buyer, order.outcome)
        : t('panelOrderLine', order.orderId, order.buyer, order.owed),
      'headline',
    ),
  );
  box.append(
    el(
      doc,
      'p',
      order.outcome
        ? t('panelClosedReminders', order.remindersSent)
        : t('panelStage', t(keyFor('stage', order.stage)), order.remindersSent),
      'muted',
    ),
  );
  if (model.unpaidElsewhere.length) {
    const flag = el(
      doc,
      'p',
      t('panelRepeatNonPayer', model.unpaidElsewhere.map((o) => `#${o.orderId}`).join(', ')),
      'flag',
    );
    flag.setAttribute('role', 'alert');
    box.append(flag);
  }
  if (model.ruleDates.length) {
    box.append(el(doc, 'p', t('panelRuleDates'), 'muted'));
    const list = el(doc, 'ul', undefined, 'rules');
    for (const d of model.ruleDates)
      list.append(
        el(
          doc,
          'li',
          `${t(keyFor('rule', d.kind), formatRuleDate(d, uiLocale()))}${d.unverified ? ` ${t('ruleUnverified')}` : ''}`,
        ),
      );
    box.append(list);
  }
  if (model.order.paused) box.append(el(doc, 'p', t('panelPaused')));
  // A promise that holds Send back is said once, as the reason beside it.
  if (model.order.promisedBy && model.blocked?.reason !== 'promised')
    box.append(el(doc, 'p', t('panelPromise', dateTime(model.order.promisedBy))));
  if (model.lastSend) box.append(lastSendLine(doc, model, model.lastSend));
  if (model.templateProblem) box.append(el(doc, 'p', model.templateProblem, 'status error'));

  const draft = model.draft;
  if (draft) {
    const sending = sendStateOf(model, draft, dateTime, (channel) => channelLabel(model, channel));
    box.append(el(doc, 'p', sending.headline, 'send-headline'));
    if (model.next && model.next.timing !== 'ladder')
      box.append(el(doc, 'p', t(keyFor('timing', model.next.timing)), 'muted'));

    const controls = el(doc, 'div', undefined, 'controls');
    controls.append(
      select(doc, t('panelLanguage'), REMINDER_LOCALES, draft.locale, (l) => t(keyFor('locale', l)), cb.onLocale),
    );
    controls.append(
      select(
        doc,
        t('panelChannel'),
        model.channels.map((c) => c.channel),
        state.channel,
        (c) => channelLabel(model, c),
        cb.onChannel,
      ),
    );
    const offer = (key: keyof ReminderOffers, label: string) => {
      const wrap = el(doc, 'label');
      const box = el(doc, 'input');
      box.type = 'checkbox';
      box.checked = draft.offers[key];
      box.dataset.offer = key;
      box.dataset.focus = `offer-${key}`;
      box.addEventListener('change', () => cb.onOffers({ ...draft.offers, [key]: box.checked }));
      wrap.append(box, ` ${label}`);
      return wrap;
    };
    controls.append(offer('instalments', t('optOfferInstalments')), offer('extension', t('optOfferExtension')));
    box.append(controls);
    const note = model.channels.find((c) => c.channel === state.channel)?.note;
    if (note) box.append(el(doc, 'p', note, 'muted'));
    if (model.unsigned) box.append(el(doc, 'p', t('dashSignHint'), 'warn sign-hint'));
    box.append(el(doc, 'p', t('panelSubject', draft.subject), 'muted'));
    box.append(el(doc, 'div', draft.text, 'draft'));
    for (const w of draft.warnings) box.append(el(doc, 'p', t(keyFor('warn', w)), 'warn'));

    if (sending.held) box.append(el(doc, 'p', sending.held, 'status error send-held'));
    if (sending.quiet) box.append(el(doc, 'p', sending.quiet, 'warn quiet-hours'));
    const send = el(doc, 'button', state.status?.kind === 'sending' ? t('panelSending') : t('panelSend'), 'send');
    send.type = 'button';
    send.dataset.focus = 'send';
    send.disabled = !sending.canSend || state.status?.kind === 'sending' || !!state.confirming;
    send.addEventListener('click', (event) => {
      // Only the seller's own click sends: nothing else can press it for them.
      if (!event.isTrusted || send.disabled) return;
      send.disabled = true;
      cb.onSend(state.channel, draft.locale);
    });
    box.append(send);
    if (state.confirming)
      box.append(confirmation(doc, model.order.buyer, () => cb.onConfirm(state.channel, draft.locale), cb.onCancel));
  }

  if (state.status && state.status.kind !== 'sending') {
    const status = el(doc, 'p', state.status.text, `status ${state.status.kind}`);
    status.setAttribute('role', 'status');
    status.tabIndex = -1;
    status.dataset.focus = 'status';
    if (state.status.kind === 'ok' && state.status.mailUrl) {
      const again = el(doc, 'a', t('panelOpenMailAgain'));
      again.href = state.status.mailUrl;
      status.append(' ', again);
    }
    box.append(status);
  }
  box.append(captureRow(doc, state.capture, cb));
  root.replaceChildren(...[...root.childNodes].filter((n) => n.nodeName === 'STYLE'), box);
  if (focus) box.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus();
}

/**
 * The focused control's key: every change re-renders the panel, which would drop the focus to the
 * page body and send a keyboard user back to the top.
 */
function focusedKey(root: ShadowRoot | HTMLElement): string | undefined {
  const active = 'host' in root ? root.activeElement : root.ownerDocument.activeElement;
  return active instanceof HTMLElement && root.contains(active) ? active.dataset.focus : undefined;
}

/** "Capture evidence": the page as evidence (screenshot, full page, archive, data); first the browser's permission, with why. */
function captureRow(doc: Document, status: CaptureStatus | undefined, cb: PanelCallbacks): HTMLElement {
  const row = el(doc, 'div', undefined, 'capture');
  const button = el(
    doc,
    'button',
    status?.kind === 'working' ? t('captureWorking') : t('captureButton'),
    'capture-button',
  );
  button.type = 'button';
  button.dataset.focus = 'capture';
  button.disabled = status?.kind === 'working';
  button.addEventListener('click', () => {
    button.disabled = true;
    cb.onCapture();
  });
  row.append(button);
  if (status?.kind === 'ask') {
    const why = el(doc, 'p', t('capturePermissionWhy'), 'capture-why');
    const allow = el(doc, 'button', t('panelCaptureAllow'), 'capture-allow');
    allow.type = 'button';
    allow.addEventListener('click', () => {
      allow.disabled = true;
      cb.onAllowCapture();
    });
    row.append(why, allow);
  }
  if (status?.kind === 'ok' || status?.kind === 'error') {
    const line = el(doc, 'p', status.text, `capture-status ${status.kind}`);
    line.setAttribute('role', 'status');
    row.append(line);
  }
  return row;
}

/** "Send this reminder to Jane Doe now?" with a Yes that takes clicks only after CONFIRM_DELAY_MS. */
function confirmation(doc: Document, buyer: string, onYes: () => void, onNo: () => void): HTMLElement {
  const box = el(doc, 'div', undefined, 'confirm');
  box.setAttribute('role', 'alertdialog');
  box.append(el(doc, 'p', t('panelConfirmSend', buyer)));
  const yes = el(doc, 'button', t('panelConfirmYes'), 'send confirm-yes');
  yes.type = 'button';
  yes.disabled = true;
  setTimeout(() => (yes.disabled = false), CONFIRM_DELAY_MS);
  yes.addEventListener('click', (event) => {
    if (!event.isTrusted || yes.disabled) return;
    yes.disabled = true;
    onYes();
  });
  const no = el(doc, 'button', t('panelConfirmNo'), 'confirm-no');
  no.type = 'button';
  no.addEventListener('click', onNo);
  box.append(yes, ' ', no);
  return box;
}

/** A channel in the console's own words, as the background named it. */
function channelLabel(model: ChasePanelModel, channel: ContactChannel): string {
  return model.channels.find((c) => c.channel === channel)?.label ?? t(keyFor('channel', channel));
}

/** What became of the order's latest send: after the invoice action reloads the page, the fresh panel says it went. */
function lastSendLine(
  doc: Document,
  model: ChasePanelModel,
  last: NonNullable<ChasePanelModel['lastSend']>,
): HTMLElement {
  const channel = channelLabel(model, last.channel);
  return last.status === 'sent'
    ? el(doc, 'p', t('panelLastSent', channel, dateTime(last.at)), 'last-send')
    : el(doc, 'p', t('panelLastFailed', channel, dateTime(last.at), last.error), 'last-send failed');
}

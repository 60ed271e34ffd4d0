import type { ChasePanelModel } from '../messaging/panel-model';
import type { ContactChannel } from '../model/events';
import { describeSendBlock } from '../i18n/describe-send-block';
import { keyFor, t } from '../i18n/t';

/** What the panel says about sending its draft, and whether its Send takes a click: one reading of one decision. */
export interface SendState {
  canSend: boolean;
  /** "Next reminder: …" — it offers to send now only when `canSend`. */
  headline: string;
  /** Why it cannot go out yet, and until when; absent when it can. */
  held?: string;
  /** It can go, but it is the buyer's quiet hours: said beside the open Send. */
  quiet?: string;
}

/**
 * Reads the send policy's decision the background put in the model (`blocked`): Send is enabled
 * exactly when the words say the reminder can go, so "You can send it now" never stands above a
 * disabled Send. `dateTime` formats an instant for the panel.
 */
export function sendStateOf(
  model: ChasePanelModel,
  draft: NonNullable<ChasePanelModel['draft']>,
  dateTime: (iso: string) => string,
  channelName: (channel: ContactChannel) => string,
): SendState {
  const tone = t(keyFor('tone', draft.tone));
  if (model.blocked)
    return {
      canSend: false,
      headline: model.next ? t('panelNextHeld', tone) : t('panelLadderDoneHeld'),
      held: describeSendBlock(model.blocked, dateTime, channelName),
    };
  const quiet = model.quietUntil ? { quiet: t('sendQuietHours', dateTime(model.quietUntil)) } : {};
  if (!model.next) return { canSend: true, headline: t('panelLadderDone', tone), ...quiet };
  return {
    canSend: true,
    headline: model.next.due
      ? t('panelNextDue', tone, dateTime(model.next.dueAt))
      : t('panelNextLater', tone, dateTime(model.next.dueAt)),
    ...quiet,
  };
}

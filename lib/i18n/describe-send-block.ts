import type { SendBlock } from '../tracker/send-policy';
import type { ContactChannel } from '../model/events';
import { keyFor, t } from './t';

/**
 * Why a reminder cannot go out now, in the seller's words, shown beside the disabled Send (or in
 * place of the dashboard's send buttons). `dateTime` formats an instant for the page it is on;
 * `channelName` names a channel in the order's console's words.
 */
export function describeSendBlock(
  block: SendBlock,
  dateTime: (iso: string) => string,
  channelName: (channel: ContactChannel) => string = (channel) => t(keyFor('channel', channel)),
): string {
  const until = () => dateTime(block.until ?? '');
  switch (block.reason) {
    case 'send-in-flight':
      return t('sendRefusedDuplicate');
    case 'closed':
      return t('sendBlockedClosed', block.statusText ?? '');
    case 'case-open':
      return t('sendBlockedCase');
    case 'paused':
      return t('panelPaused');
    case 'buyer-paused':
      return t('sendBlockedBuyerPaused');
    case 'promised':
      return t('panelPromise', until());
    case 'send-unresolved': {
      const at = dateTime(block.startedAt ?? block.until ?? '');
      return !block.channel || block.channel === 'console-form'
        ? t('panelBlockedUnresolved', at)
        : t('panelBlockedUnresolvedOther', at, channelName(block.channel));
    }
    case 'buyer-reminded-recently':
      return t('panelBlockedBuyer', until());
    case 'daily-cap':
      return t('panelBlockedCap', until());
  }
}

/** The same reasons as the answer to a Send that was refused: nothing was sent. */
export function describeSendRefusal(block: SendBlock, dateTime: (iso: string) => string): string {
  switch (block.reason) {
    case 'send-in-flight':
      return t('sendRefusedDuplicate');
    case 'closed':
      return t('sendRefusedClosed', block.statusText ?? '');
    case 'case-open':
      return t('sendRefusedCase');
    case 'paused':
      return t('sendRefusedPaused');
    case 'buyer-paused':
      return t('sendRefusedBuyerPaused');
    case 'promised':
      return t('sendRefusedPromised', dateTime(block.until ?? ''));
    case 'send-unresolved':
      return t('sendRefusedUnresolved');
    case 'buyer-reminded-recently':
      return t('sendRefusedBuyerRecent');
    case 'daily-cap':
      return t('sendRefusedDailyCap');
  }
}

import { browser } from 'wxt/browser';
import type { BgMessage, BgResponse } from '../messaging/types';
import { t } from '../i18n/t';

/** Asks the background from one of Settle's pages; a refusal, or no answer (the worker stopped), rejects with the reason. */
export async function askBackground<T>(message: BgMessage): Promise<T> {
  const answer = (await browser.runtime.sendMessage(message)) as BgResponse<T> | undefined;
  if (!answer) throw new Error(t('sendErrNoAnswer'));
  if (!answer.ok) throw new Error(answer.detail);
  return answer.result;
}

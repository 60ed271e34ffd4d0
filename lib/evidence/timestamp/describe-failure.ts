import { t, type MessageKey } from '../../i18n/t';
import type { StampFailure, StampFailureDetail } from './errors';
import { STAMP_TIMEOUT_MS } from './stamp';

const WHY: Record<StampFailure, MessageKey> = {
  permission: 'tsaFailPermission',
  network: 'tsaFailNetwork',
  timeout: 'tsaFailTimeout',
  http: 'tsaFailHttp',
  'bad-response': 'tsaFailBadResponse',
  rejected: 'tsaFailRejected',
  imprint: 'tsaFailImprint',
  nonce: 'tsaFailNonce',
};

/** The authority's own words are cut short (its text, shown as text; a line must stay a line), without a final stop: the sentence around them has one. */
const clip = (text: string) => {
  const words = text.trim().replace(/[.。]+$/, '');
  return words.length > 160 ? `${words.slice(0, 159)}…` : words;
};

/** Why the package has no time stamp, in the seller's language, naming the service by its host. */
export function describeStampFailure(reason: StampFailure, detail: StampFailureDetail, host: string): string {
  switch (reason) {
    case 'network':
    case 'bad-response':
      return t(WHY[reason], host, clip(detail.text ?? '?'));
    case 'timeout':
      return t(WHY[reason], host, STAMP_TIMEOUT_MS / 1000);
    case 'http':
      return t(WHY[reason], host, detail.status ?? '?');
    case 'rejected': {
      const said = [
        `PKIStatus ${detail.status ?? '?'} (${detail.statusName ?? '?'})`,
        ...(detail.failInfo?.length ? [detail.failInfo.join(', ')] : []),
        ...(detail.text ? [`“${clip(detail.text)}”`] : []),
      ];
      return t(WHY[reason], host, said.join(' · '));
    }
    default:
      return t(WHY[reason], host);
  }
}

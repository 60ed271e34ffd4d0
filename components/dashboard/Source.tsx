import type { Fact } from '@/lib/cases/venues';
import { keyFor, t } from '@/lib/i18n/t';

/** Where a fact comes from and how sure it is, beside the fact. */
export function Source({ fact }: { fact: Fact<unknown> }) {
  return <span class="source muted">{t('caseSource', fact.source, t(keyFor('confidence', fact.confidence)))}</span>;
}

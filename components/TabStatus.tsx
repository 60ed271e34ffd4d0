import type { TabReading } from '@/lib/browser/tab-readings';
import { t } from '@/lib/i18n/t';

/** What Settle made of the page in the current tab: how many orders it read, or plainly why it could not. */
export function TabStatus({ reading }: { reading: TabReading | undefined }) {
  if (!reading) return null;
  const r = reading.reading;
  if (!r.ok) {
    return (
      <p class="tab-status tab-status-error" role="alert">
        {t('tabReadError', r.error ?? '')}
      </p>
    );
  }
  return (
    <div class="tab-status">
      <p>{t('tabReadOrders', r.count)}</p>
      {r.warnings.length > 0 && <p class="tab-status-warning">{t('tabReadWarnings', r.warnings.join(' '))}</p>}
    </div>
  );
}

import { t } from '@/lib/i18n/t';

/** First run: tells a new seller what to do to see their unpaid orders here. */
export function EmptyState() {
  return (
    <div class="empty">
      <h2>{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody')}</p>
      <p class="empty-privacy">{t('popupEmptyPrivacy')}</p>
    </div>
  );
}

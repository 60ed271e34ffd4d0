import { t } from '@/lib/i18n/t';
import { consoles } from '@/lib/marketplaces/consoles';

/** First run: tells a new seller what to do to see their unpaid orders here, console by console. */
export function EmptyState() {
  return (
    <div class="empty">
      <h2>{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody')}</p>
      {consoles.consoles.map(({ id, words }) => words.ordersPage && <p key={id}>{t(words.ordersPage)}</p>)}
      <p class="empty-privacy">{t('popupEmptyPrivacy')}</p>
    </div>
  );
}

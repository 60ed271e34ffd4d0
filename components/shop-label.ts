import { shopLabelOf } from '@/lib/model/shop';
import { t } from '@/lib/i18n/t';

/** The shop an order is from, as the popup and the dashboard show it beside the console's name. */
export function shopLabel(shop: string): string {
  return shopLabelOf(shop) ?? t('shopManual');
}

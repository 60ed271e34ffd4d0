import type { MarketplaceRules, RuleSource } from '../rules/types';

const SOURCE_ROOT = 'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce';

const holdStockSetting: RuleSource = {
  title: 'WooCommerce source: "Hold stock (minutes)" setting, default 60 (class-wc-settings-products.php)',
  url: `${SOURCE_ROOT}/includes/admin/settings/class-wc-settings-products.php`,
  confidence: 'verified',
};
const cancelUnpaid: RuleSource = {
  title: 'WooCommerce source: wc_cancel_unpaid_orders(), only checkout / store-api orders (wc-order-functions.php)',
  url: `${SOURCE_ROOT}/includes/wc-order-functions.php`,
  confidence: 'verified',
};
const unpaidQuery: RuleSource = {
  title: 'WooCommerce source: get_unpaid_orders() compares date_updated_gmt (OrdersTableDataStore.php)',
  url: `${SOURCE_ROOT}/src/Internal/DataStores/Orders/OrdersTableDataStore.php`,
  confidence: 'verified',
};
const orderDataMetaBox: RuleSource = {
  title: 'WooCommerce source: "Customer payment page →" link on the order edit page (class-wc-meta-box-order-data.php)',
  url: `${SOURCE_ROOT}/includes/admin/meta-boxes/class-wc-meta-box-order-data.php`,
  confidence: 'verified',
};

export const woocommerceRules: MarketplaceRules = {
  marketplace: 'woocommerce',
  autoClose: {
    movesReminders: false,
    movesRemindersWhy:
      'The hold-stock auto-cancel only touches checkout orders, which a page cannot tell from the admin-made ones a seller chases: timing or wording a reminder by it would be wrong for those, which never close.',
    hours: 1,
    from: 'last-modified',
    calendar: 'calendar',
    confidence: 'verified',
    source: holdStockSetting,
    note:
      'The shop\'s "Hold stock" setting, 60 minutes by default: the shop may change it or leave it blank (off), and it works only with stock management on. ' +
      'Only orders created by checkout or the Store API are cancelled; orders made in the admin, through the REST API or by plugins stay pending for good.',
  },
  contactChannels: [
    { id: 'mail-draft', label: 'Mail draft to the billing email with the "Customer payment page" link' },
    { id: 'console-invoice', label: 'Order action "Email invoice / order details to customer"' },
    { id: 'copied', label: 'Text copied' },
  ],
  sources: [holdStockSetting, cancelUnpaid, unpaidQuery, orderDataMetaBox],
  notes: [
    'Auto-cancel counts from the last modification of the order, not from its creation.',
    'Only checkout / store-api orders are auto-cancelled (filter woocommerce_cancel_unpaid_order); the ones a seller chases by hand are usually admin-made and never expire.',
    'The cancel job runs once per hold period, so a cancel can land up to one more period after autoClose.',
    'Whether the invoice email carries a pay link is unknown; the "Customer payment page →" link is the reliable one.',
  ],
};

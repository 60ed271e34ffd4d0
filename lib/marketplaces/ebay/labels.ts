/**
 * The labels of the order details page, by field, in the languages of eBay's sites. English is
 * the brief's and the scrapers' wording; the other languages are eBay's usual words on its
 * help pages, not seen on a Seller Hub page (tests/fixtures/ebay/README.md marks each as an
 * assumption). Matched whole, case and spacing aside.
 */
const DETAIL_LABELS = {
  orderNumber: ['Order number', 'Bestellnummer', 'Numéro de commande', 'Numero ordine', 'Número de pedido'],
  previousOrderNumber: [
    'Previous order number',
    'Legacy order ID',
    'Vorherige Bestellnummer',
    'Numéro de commande précédent',
    'Numero ordine precedente',
    'Número de pedido anterior',
  ],
  status: ['Order status', 'Bestellstatus', 'Statut de la commande', 'Stato ordine', 'Estado del pedido'],
  buyer: ['Buyer', 'Käufer', 'Acheteur', 'Acquirente', 'Comprador'],
  dateSold: ['Date sold', 'Verkaufsdatum', 'Date de vente', 'Data di vendita', 'Fecha de venta'],
  paymentDue: ['Payment due', 'Zahlung fällig', 'Paiement dû', 'Pagamento dovuto', 'Fecha límite de pago'],
  paidOn: ['Paid on', 'Bezahlt am', 'Payé le', 'Pagato il', 'Pagado el'],
  total: ['Order total', 'Gesamtbetrag', 'Total de la commande', 'Totale ordine', 'Total del pedido'],
} as const;

export type DetailField = keyof typeof DETAIL_LABELS;

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s:]+/g, ' ')
    .trim()
    .toLowerCase();
const BY_LABEL = new Map<string, DetailField>(
  (Object.entries(DETAIL_LABELS) as [DetailField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((w) => [norm(w), field] as [string, DetailField]),
  ),
);

/** The field a label names, or undefined for a label Settle does not read. */
export const fieldOfLabel = (label: string): DetailField | undefined => BY_LABEL.get(norm(label));

/** The words of the order's "Send invoice" action: German from eBay's help (ocsnext.ebay.ch), the others assumed. */
export const SEND_INVOICE_LABELS = [
  'Send invoice',
  'Rechnung senden',
  'Envoyer une facture',
  'Invia fattura',
  'Enviar factura',
];

/** Whether a control's words are one of `labels`. */
export const isLabel = (text: string, labels: readonly string[]) => labels.some((l) => norm(l) === norm(text));

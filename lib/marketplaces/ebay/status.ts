import type { OrderStatus } from '../../model/order';
import { statusReader } from '../parse/status';

/**
 * Seller Hub's status words → Settle status. English: the filter names (AWAITING_PAYMENT,
 * AWAITING_SHIPMENT, PAID_SHIPPED) as the UI words them; German "Zahlung ausstehend" is the
 * brief's; French, Italian and Spanish are eBay's help-page words, assumed for Seller Hub
 * (tests/fixtures/ebay/README.md). A status not here ("Cancellation requested") is read as
 * unknown, with a warning: the order keeps the status it had.
 */
const WORDS: [OrderStatus, string[]][] = [
  [
    'unpaid',
    [
      'Awaiting payment',
      'Payment pending',
      'Zahlung ausstehend',
      'Warten auf Zahlung',
      'En attente de paiement',
      'In attesa di pagamento',
      'Pendiente de pago',
    ],
  ],
  [
    'paid',
    [
      'Awaiting shipment',
      'Paid',
      'Paid and shipped',
      'Shipped',
      'Delivered',
      'Versand ausstehend',
      'Bezahlt',
      'Bezahlt und versendet',
      'Versendet',
      'Zugestellt',
      "En attente d'expédition",
      'Payé',
      'Payé et expédié',
      'Expédié',
      'Livré',
      'In attesa di spedizione',
      'Pagato',
      'Pagato e spedito',
      'Spedito',
      'Consegnato',
      'Pendiente de envío',
      'Pagado',
      'Pagado y enviado',
      'Enviado',
      'Entregado',
    ],
  ],
  ['cancelled', ['Cancelled', 'Canceled', 'Storniert', 'Abgebrochen', 'Annulé', 'Annullato', 'Cancelado']],
  ['refunded', ['Refunded', 'Erstattet', 'Rückerstattet', 'Remboursé', 'Rimborsato', 'Reembolsado']],
];

/** The Settle status of Seller Hub's words, or undefined when they are not ones Settle knows. */
export const statusOfWords = statusReader(WORDS);

/** The status a list filter in the address means for every row it shows (`AWAITING_PAYMENT`). */
export function statusOfFilter(filter: string | undefined): OrderStatus | undefined {
  if (filter === 'AWAITING_PAYMENT') return 'unpaid';
  if (filter === 'AWAITING_SHIPMENT' || filter === 'PAID_SHIPPED') return 'paid';
  return undefined;
}

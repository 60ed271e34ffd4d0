/**
 * How much a reader takes from one page, and the longest text it keeps in each field: the one
 * source for these numbers. The background's message schema (lib/messaging/schemas.ts) refuses a
 * whole reading when any field is longer, so readers keep within these and say what they cut —
 * one oversized order never costs the other orders on its page. Plain data, safe to import anywhere.
 */
export const READ_LIMITS = {
  /** Rows a list reader walks; rows past it are never touched (a 50,000-row page blocked the page for seconds). */
  ordersPerPage: 1000,
  itemsPerOrder: 500,
  warningsPerPage: 100,
  warningChars: 500,
  errorChars: 1000,
  urlChars: 4096,
  shopChars: 253,
  orderIdChars: 200,
  statusTextChars: 200,
  buyer: { name: 500, handle: 200, email: 320, phone: 100, timeZone: 64 },
  item: { title: 1000, sku: 200 },
  /** Customer notes an order page's reading carries (newest first), to settle a reminder sent as a note; never stored. */
  customerNotesPerOrder: 20,
  customerNoteChars: 400,
  /** Notes of any kind the detail reader walks looking for customer notes. */
  noteRowsWalked: 500,
  /** Earlier ids of one order a reading names (eBay renumbers an order once, when it is paid). */
  previousOrderIdsPerOrder: 4,
  /**
   * A date as the page prints it (OrderSnapshot.printedDates): longer text is not a date a console
   * prints, and lib/marketplaces/parse/dates.ts reads none longer. Its language and zone hints.
   */
  printedDate: { text: 120, lang: 35, timeZone: 64 },
} as const;

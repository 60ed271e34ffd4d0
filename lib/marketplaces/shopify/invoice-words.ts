/**
 * The Send invoice dialog's words (Shopify help: "Send an invoice for a draft or Payment pending
 * order"), used only by the contact script. German and Chinese are assumptions until a saved page
 * shows them (tests/fixtures/shopify/README.md).
 */
export const INVOICE_WORDS = {
  // The order page's button that opens the dialog ("Resend invoice" once one went out).
  open: [
    'Send invoice',
    'Resend invoice',
    'Rechnung senden',
    'Rechnung erneut senden',
    '发送账单',
    '重新发送账单',
    '傳送帳單',
    '重新傳送帳單',
  ],
  // The dialog's message box.
  message: [
    'Custom message (optional)',
    'Custom message',
    'Benutzerdefinierte Nachricht (optional)',
    '自定义消息（可选）',
    '自訂訊息（選填）',
  ],
  // The dialog's first step shows the invoice before it goes.
  review: ['Review invoice', 'Rechnung überprüfen', '查看账单', '檢視帳單'],
  send: ['Send invoice', 'Send', 'Rechnung senden', '发送账单', '傳送帳單'],
  // The toast Shopify shows once the invoice went out.
  sent: ['Invoice sent', 'Rechnung gesendet', '账单已发送', '帳單已傳送'],
};

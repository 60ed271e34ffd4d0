import type { ReminderLocale, ReminderTemplate, Tone } from './types';

type Wording = Omit<ReminderTemplate, 'id' | 'tone' | 'locale'>;

/**
 * Settle's own wording, the starting point the seller edits in the options. Every body states the
 * amount, how to pay, the deadline and what happens next; each tone is one step firmer. The
 * Chinese texts are written for each script's readers (mainland and Taiwan usage), not converted
 * from one another. {instalmentPlan} appears only in the instalment offer. {payLink} always follows a
 * colon that ends its sentence, so an order with no way to pay named reads naturally (lib/reminders/no-pay-link.ts).
 */
const WORDING: Record<ReminderLocale, Record<Tone, Wording>> = {
  en: {
    friendly: {
      subject: 'A friendly reminder about order #{orderId}',
      body: 'Hello {buyer},\n\nThank you for your order #{orderId} ({items}). We have not yet received your payment of {amount}; it may simply have slipped your mind.\n\nPlease complete your payment by {deadline}: {payLink}\n\nWe are holding your order for you until then. If you have already paid, thank you, and please disregard this message.\n\nKind regards,\n{shop}',
      instalmentOffer: 'If it helps, you can pay in instalments: {instalmentPlan}. Just reply to let us know.',
      extensionOffer: 'If you need a little more time, reply to this message and we will agree a later date.',
    },
    firm: {
      subject: 'Payment still due for order #{orderId}',
      body: 'Hello {buyer},\n\nYour order #{orderId} ({items}) is still unpaid. The amount due is {amount}.\n\nPlease pay by {deadline}: {payLink}\n\nIf we have not received payment by then, the order will be cancelled and the items offered to other customers.\n\nRegards,\n{shop}',
      instalmentOffer: 'We can also accept payment in instalments: {instalmentPlan}. Reply to agree.',
      extensionOffer: 'If something is holding you up, reply before {deadline} and we will find a date that works.',
    },
    final_notice: {
      subject: 'Final notice: order #{orderId} is unpaid',
      body: 'Dear {buyer},\n\nThis is our final reminder. Order #{orderId} ({items}) remains unpaid despite our earlier messages. The amount due is {amount}.\n\nPlease pay by {deadline}: {payLink}\n\nIf payment is not received by {deadline}, we will cancel the order and record the non-payment with the marketplace.\n\nRegards,\n{shop}',
      instalmentOffer: 'To settle this now, we can accept instalments: {instalmentPlan}.',
      extensionOffer: 'If you cannot pay by {deadline}, reply today with the date you can.',
    },
    formal_demand: {
      subject: 'Formal demand for payment: order #{orderId}',
      body: 'Dear {buyer},\n\nThis is a formal demand for payment of {amount}, the sum you owe for order #{orderId} ({items}), which remains unpaid despite our reminders.\n\nPlease pay the full amount by {deadline}: {payLink}\n\nIf we have not received the full amount by that date, we may take further steps to recover the debt, such as opening a dispute with the marketplace or filing a claim, without further notice.\n\nYours sincerely,\n{shop}',
      instalmentOffer:
        'We will accept payment in instalments if you agree to them in writing before {deadline}: {instalmentPlan}.',
      extensionOffer: 'Any request for more time must reach us in writing before {deadline}.',
    },
  },
  zh_CN: {
    friendly: {
      subject: '订单 #{orderId} 付款提醒',
      body: '{buyer}您好：\n\n感谢您的惠顾（订单 #{orderId}：{items}）。我们暂未收到这笔订单的货款 {amount}，可能是您一时忘记了。\n\n请于{deadline}前完成付款：{payLink}\n\n在此之前，我们会为您保留订单。如您已付款，请忽略本消息。\n\n祝好！\n{shop}',
      instalmentOffer: '如有需要，您也可以分期付款：{instalmentPlan}。回复本消息告诉我们即可。',
      extensionOffer: '如需多一些时间，请回复本消息，我们可以另约付款日期。',
    },
    firm: {
      subject: '订单 #{orderId} 仍待付款',
      body: '{buyer}您好：\n\n您的订单 #{orderId}（{items}）仍未付款，应付金额为 {amount}。\n\n请于{deadline}前完成付款：{payLink}\n\n如届时仍未收到付款，订单将被取消，商品将转售给其他顾客。\n\n{shop}',
      instalmentOffer: '我们也接受分期付款：{instalmentPlan}。回复即可确认。',
      extensionOffer: '如有困难，请在{deadline}前回复，我们一起商定合适的日期。',
    },
    final_notice: {
      subject: '最后通知：订单 #{orderId} 未付款',
      body: '{buyer}您好：\n\n这是最后一次提醒。经多次提醒，订单 #{orderId}（{items}）仍未付款，应付金额为 {amount}。\n\n请于{deadline}前付款：{payLink}\n\n如{deadline}前仍未收到付款，我们将取消订单，并向平台报备此次未付款。\n\n{shop}',
      instalmentOffer: '为尽快解决此事，我们可以接受分期付款：{instalmentPlan}。',
      extensionOffer: '如无法在{deadline}前付款，请于今天回复您可以付款的日期。',
    },
    formal_demand: {
      subject: '正式催款函：订单 #{orderId}',
      body: '{buyer}：\n\n特此就订单 #{orderId}（{items}）向您正式催告付款。您尚欠本店 {amount}，经多次提醒仍未支付。\n\n请于{deadline}前全额付清：{payLink}\n\n如届时仍未收到全部款项，本店可能采取进一步措施追讨欠款，包括向平台提起纠纷或依法索赔，恕不另行通知。\n\n{shop}',
      instalmentOffer: '如您在{deadline}前以书面形式同意，我们接受分期付款：{instalmentPlan}。',
      extensionOffer: '如需延期，请在{deadline}前以书面形式提出。',
    },
  },
  zh_TW: {
    friendly: {
      subject: '訂單 #{orderId} 付款提醒',
      body: '{buyer} 您好：\n\n感謝您的訂購（訂單 #{orderId}：{items}）。我們尚未收到這筆訂單的款項 {amount}，可能是一時忘了。\n\n請於{deadline}前完成付款：{payLink}\n\n在此之前，我們會為您保留訂單。若您已付款，請忽略這則訊息。\n\n{shop} 敬上',
      instalmentOffer: '如有需要，也可以分期付款：{instalmentPlan}。回覆這則訊息即可。',
      extensionOffer: '若需要多一點時間，請回覆這則訊息，我們可以另外約定日期。',
    },
    firm: {
      subject: '訂單 #{orderId} 尚待付款',
      body: '{buyer} 您好：\n\n您的訂單 #{orderId}（{items}）尚未付款，應付金額為 {amount}。\n\n請於{deadline}前完成付款：{payLink}\n\n若屆時仍未收到款項，訂單將會取消，商品將釋出給其他顧客。\n\n{shop} 敬上',
      instalmentOffer: '我們也接受分期付款：{instalmentPlan}。回覆即可確認。',
      extensionOffer: '若有困難，請於{deadline}前回覆，我們一起約定合適的日期。',
    },
    final_notice: {
      subject: '最後通知：訂單 #{orderId} 未付款',
      body: '{buyer} 您好：\n\n這是最後一次提醒。經多次通知，訂單 #{orderId}（{items}）仍未付款，應付金額為 {amount}。\n\n請於{deadline}前付款：{payLink}\n\n若{deadline}前仍未收到款項，我們將取消訂單，並向平台回報這筆未付款紀錄。\n\n{shop}',
      instalmentOffer: '為了盡快解決，我們可以接受分期付款：{instalmentPlan}。',
      extensionOffer: '若無法在{deadline}前付款，請於今天回覆可付款的日期。',
    },
    formal_demand: {
      subject: '正式催款函：訂單 #{orderId}',
      body: '{buyer}：\n\n謹就訂單 #{orderId}（{items}）向您正式催告付款。您尚欠本店 {amount}，經多次提醒仍未支付。\n\n請於{deadline}前全額付清：{payLink}\n\n若屆時仍未收到全部款項，本店得採取進一步措施追討，包括向平台提出爭議或依法求償，恕不另行通知。\n\n{shop} 敬啟',
      instalmentOffer: '若您於{deadline}前以書面同意，我們接受分期付款：{instalmentPlan}。',
      extensionOffer: '如需延期，請於{deadline}前以書面提出。',
    },
  },
};

export const DEFAULT_TEMPLATES: readonly ReminderTemplate[] = (Object.keys(WORDING) as ReminderLocale[]).flatMap(
  (locale) => (Object.keys(WORDING[locale]) as Tone[]).map((tone) => defaultTemplate(tone, locale)),
);

/** Settle's wording for one tone in one language. */
export function defaultTemplate(tone: Tone, locale: ReminderLocale): ReminderTemplate {
  return { id: `${tone}:${locale}`, tone, locale, ...WORDING[locale][tone] };
}

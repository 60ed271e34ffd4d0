import type { OrderRecord } from '../model/order-record';
import { sentReminders, type OrderEvent } from '../model/events';
import type { ChainCheck } from '../db/event-chain';
import { formatMoney } from '../model/money';
import { amountOwed } from '../reminders/draft';
import { countedKey, keyFor, t } from '../i18n/t';
import { describeEvent } from '../i18n/describe-event';
import { channelName } from '../i18n/channel-words';
import { describeChain } from '../i18n/describe-chain';
import { formatDateTime } from '../i18n/format-date-time';
import { escapeHtml as h } from './html';
import { MANUAL_SHOP } from '../model/shop';
import type { PackageOrigin } from './seal';
import { caseFacts, type CaseOrder } from '../cases/case-facts';
import type { MessageKey } from '../i18n/t';
import type { VenueCopies } from './venue-copies';
import { copiesSection } from './report-copies';
import { describeCaseDate } from '../i18n/describe-case-date';
import type { Money } from '../model/money';

/** A capture or attachment as the report lists it. */
export interface ReportEvidence {
  path: string;
  name: string;
  kind: string;
  bytes: number;
  sha256: string;
  capturedAt: string;
  sourceUrl?: string;
  /** A capture's page title and what took it. */
  pageTitle?: string;
  capturedWith?: string;
  /** A small image (data: URL) of it, for captures and image attachments. */
  thumbnail?: string;
}

export interface ReportInput {
  order: OrderRecord;
  events: OrderEvent[];
  evidence: ReportEvidence[];
  /** The copies made for the case venue's upload limits, and the files that cannot go there. */
  venueCopies?: VenueCopies;
  chain: ChainCheck;
  seller: string;
  origin: PackageOrigin;
  locale: string;
  /** The other orders of a case on a buyer, with their timelines (the checklist ticks from them too). */
  caseOrders?: CaseOrder[];
  /** The RFC 3161 authority whose stamp on manifest.json the package holds (manifest.tsr). */
  stampedBy?: string;
}

const row = (label: string, value: string) => `<tr><th scope="row">${h(label)}</th><td>${h(value)}</td></tr>`;

/** The reminders that went out, each with its full text, channel, time and recipient. */
function reminders({ order, events, locale }: ReportInput): string {
  const sent = sentReminders(events).flatMap((r) => (r.message ? [{ ...r, message: r.message }] : []));
  if (!sent.length) return `<p>${h(t('pkgNoReminders'))}</p>`;
  return sent
    .map(
      (r) => `<article class="reminder">
<p class="meta">${h([t('pkgReminderMeta', formatDateTime(r.at, locale), `${t(keyFor('tone', r.tone))}, ${channelName(order.marketplace, r.message.channel)}`), ...(r.message.recipient ? [t('pkgReminderTo', r.message.recipient)] : [])].join(' · '))}</p>
${r.message.subject ? `<p class="subject">${h(r.message.subject)}</p>` : ''}<pre>${h(r.message.text)}</pre>
</article>`,
    )
    .join('\n');
}

/** The open case: venue, the orders of a case on a buyer with their amounts, the dates that matter with their rules, and what the venue asks for. */
function caseSection({ order, events, locale, origin, caseOrders = [] }: ReportInput): string {
  const facts = caseFacts(order, events, origin.createdAt, caseOrders);
  if (!facts) return '';
  const source = (f: { source: string; confidence: string }) =>
    `<span class="source">${h(t('caseSource', f.source, t(keyFor('confidence', f.confidence))))}</span>`;
  const { venue } = facts;
  const buyerCase = facts.others.length > 0;
  const dates = facts.dates.map((d) => {
    const text = describeCaseDate(d, venue, buyerCase, locale);
    return `<li class="${d.soon || d.passed ? 'broken' : ''}">${h(text.label)}${text.flag ? ` ${h(text.flag)}` : ''}${text.rule ? `<br>${h(text.rule)}` : ''}${text.source ? `<br>${source(text.source)}` : ''}</li>`;
  });
  if (facts.perCaseWindow && !facts.deadline)
    dates.push(
      `<li>${h(t('caseNoDeadline'))} ${h(t(facts.perCaseWindow.value.rule as MessageKey))}<br>${source(facts.perCaseWindow)}</li>`,
    );
  return `<h2>${h(t('caseTitle'))}</h2>
<p>${h(t('caseOpened', formatDateTime(facts.openedAt, locale), venue ? t(keyFor('venue', venue.id)) : t('caseNoVenue')))}</p>
${buyerCase ? caseOrdersTable(order, facts.others, facts.owed, locale) : ''}
${dates.length ? `<h3>${h(t('caseDates'))}</h3><ul class="checklist">${dates.join('')}</ul>` : ''}
${facts.checklist.length ? `<h3>${h(t('caseChecklist'))}</h3>${buyerCase ? `<p>${h(t('pkgCaseChecklistAll', facts.others.length + 1))}</p>` : ''}<ul class="checklist">${facts.checklist.map(({ item, done }) => `<li>${done ? '✓' : '✗'} ${h(t(keyFor('checklist', item)))} · ${h(t(done ? 'caseDone' : 'caseMissing'))}</li>`).join('')}</ul>` : ''}
${venue?.note ? `<p>${h(t(venue.note.value as MessageKey))}<br>${source(venue.note)}</p>` : ''}`;
}

/** Every order of a case on a buyer — this package's first — with what each cost and still owes, and the sum per currency. */
function caseOrdersTable(order: OrderRecord, others: OrderRecord[], owed: Money[], locale: string): string {
  const line = (o: OrderRecord) =>
    `<tr><td>#${h(o.orderId)}</td><td>${h(o.placedAt ? formatDateTime(o.placedAt, locale) : '—')}</td><td>${h(formatMoney(o.total, locale))}</td><td>${h(formatMoney(o.open ? amountOwed(o) : { amount: 0, currency: o.total.currency }, locale))}</td><td>${h(t(keyFor('stage', o.chase.stage)))}</td></tr>`;
  return `<h3>${h(t('pkgCaseOrders'))}</h3>
<p>${h(t('caseCovers', others.length + 1))}</p>
<table class="case-orders"><tr><th>${h(t('dashColOrder'))}</th><th>${h(t('pkgPlacedAt'))}</th><th>${h(t('dashTotal'))}</th><th>${h(t('dashOwed'))}</th><th>${h(t('dashColStage'))}</th></tr>${[order, ...others].map(line).join('')}</table>
<p><strong>${h(t('caseOwedTotal', owed.map((m) => formatMoney(m, locale)).join(' + ')))}</strong></p>`;
}

/**
 * Trusted time: who stamped the manifest and how to check it. The stamp's own time cannot be on
 * this page: the page is listed in the manifest the stamp is made over, so it exists before it.
 */
function trustedTimeSection({ stampedBy }: ReportInput): string {
  if (!stampedBy) return '';
  return `<h2>${h(t('pkgTrustedTime'))}</h2>
<p>${h(t('pkgTrustedTimeText', stampedBy))}</p>
<pre>openssl ts -reply -in manifest.tsr -text
openssl ts -verify -in manifest.tsr -data manifest.json -CAfile tsa-ca.pem</pre>`;
}

function evidenceList({ evidence, locale }: ReportInput): string {
  if (!evidence.length) return `<p>${h(t('pkgNoEvidence'))}</p>`;
  return `<ul class="evidence">${evidence
    .map(
      (e) =>
        `<li>${e.thumbnail ? `<img src="${h(e.thumbnail)}" alt="">` : ''}<div><strong>${h(e.name)}</strong> · ${h(e.path)}<br>${h(formatDateTime(e.capturedAt, locale))} · ${h(e.bytes.toLocaleString(locale))} B${e.sourceUrl ? ` · ${h(e.sourceUrl)}` : ''}${e.pageTitle ? ` · “${h(e.pageTitle)}”` : ''}${e.capturedWith ? ` · ${h(e.capturedWith)}` : ''}<br><code>SHA-256 ${h(e.sha256)}</code></div></li>`,
    )
    .join('')}</ul>`;
}

/**
 * report.html: one printable, self-contained page in the seller's language — the parties, the
 * order, what is owed, the timeline, every reminder's words, each capture and attachment with its
 * SHA-256, the chain's head, and what the package proves and what it does not. Every value from a
 * page or a buyer is escaped: it is text here, never markup.
 */
export function reportHtml(input: ReportInput): string {
  const { order, events, chain, seller, origin, locale } = input;
  const money = (amount: number) => formatMoney({ amount, currency: order.total.currency }, locale);
  const buyer =
    [order.buyer.name, order.buyer.handle, order.buyer.email, order.buyer.phone].filter(Boolean).join(' · ') ||
    t('buyerUnknown');
  const amounts = [
    row(t('dashTotal'), money(order.total.amount)),
    row(t('dashOwed'), formatMoney(amountOwed(order), locale)),
    ...(order.chase.paid > 0 ? [row(t('dashReceived'), money(order.chase.paid))] : []),
    ...(order.chase.waived !== undefined ? [row(t('dashWaived'), money(order.chase.waived))] : []),
    ...(order.chase.writtenOff !== undefined ? [row(t('dashWrittenOff'), money(order.chase.writtenOff))] : []),
  ];
  const facts = [
    row(t('pkgMarketplace'), t(keyFor('marketplace', order.marketplace))),
    row(t('pkgShop'), order.shop === MANUAL_SHOP ? t('pkgShopManual') : order.shop),
    row(t('dashColOrder'), `#${order.orderId}`),
    ...(order.placedAt ? [row(t('pkgPlacedAt'), formatDateTime(order.placedAt, locale))] : []),
    row(t('pkgStatus'), order.statusText || t(keyFor('status', order.status))),
    row(
      t('pkgItems'),
      order.items.map((i) => (i.quantity === 1 ? i.title : `${i.quantity} × ${i.title}`)).join(', ') || '—',
    ),
    // A debt added by hand has Settle's own page as its address: only a console page is worth showing.
    ...(/^https?:/.test(order.url) ? [row('URL', order.url)] : []),
  ];
  const status = describeChain(chain, events, order.total.currency, locale);
  const timeline = events
    .map(
      (e, i) =>
        `<tr${status.at?.event === e ? ' class="broken"' : ''}><td>${i + 1}</td><td>${h(formatDateTime(e.at, locale))}</td><td>${h(describeEvent(e, order.total.currency, locale))}${status.at?.event === e ? `<br>${h(status.at.note)}` : ''}</td></tr>`,
    )
    .join('');
  const chainText = chain.ok
    ? t(countedKey('pkgChainHead', chain.length), chain.length, chain.head)
    : t('pkgChainBroken', status.text);
  return `<!DOCTYPE html>
<html lang="${h(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(t('pkgReportTitle', order.orderId))}</title>
<style>
body { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d2327; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #dcdcde; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #f0f0f1; }
th[scope="row"] { width: 12rem; color: #50575e; font-weight: 600; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f7f7; padding: .75rem; border-radius: 6px; font: inherit; }
.reminder .meta { color: #50575e; margin-bottom: .25rem; } .reminder .subject { font-weight: 600; margin: 0; }
ul.evidence { list-style: none; padding: 0; } ul.evidence li { display: flex; gap: .75rem; margin: .75rem 0; }
ul.evidence img { width: 120px; height: auto; border: 1px solid #dcdcde; } code { font-size: .8rem; overflow-wrap: anywhere; }
.source { color: #50575e; font-size: .85rem; } ul.checklist { list-style: none; padding: 0; }
.chain { overflow-wrap: anywhere; } .broken { color: #b32d2e; font-weight: 600; }
.print { float: right; } @media print { .print { display: none; } body { margin: 0; } }
</style>
</head>
<body>
<button class="print" onclick="window.print()">${h(t('pkgPrint'))}</button>
<h1>${h(t('pkgReportTitle', order.orderId))}</h1>
<h2>${h(t('pkgParties'))}</h2>
<table>${row(t('pkgSeller'), seller || t('pkgSellerNotSet'))}${row(t('pkgBuyer'), buyer)}</table>
<h2>${h(t('pkgOrderFacts'))}</h2>
<table>${facts.join('')}</table>
<h2>${h(t('pkgAmounts'))}</h2>
<table>${amounts.join('')}</table>
${caseSection(input)}
<h2>${h(t('pkgTimeline'))}</h2>
<table class="timeline">${timeline}</table>
<h2>${h(t('pkgReminders'))}</h2>
${reminders(input)}
<h2>${h(t('pkgEvidence'))}</h2>
${evidenceList(input)}
${input.venueCopies ? copiesSection(input.venueCopies, locale) : ''}
<h2>${h(t('pkgChain'))}</h2>
<p class="chain${chain.ok ? '' : ' broken'}">${h(chainText)}</p>
${trustedTimeSection(input)}
<h2>${h(t('pkgProves'))}</h2>
<p>${h(t('pkgProvesText'))}</p>
<h2>${h(t('pkgNotProves'))}</h2>
<p>${h(t('pkgNotProvesText'))}</p>
<p class="made">${h(t('pkgMadeBy', origin.extension.version, origin.browser, formatDateTime(origin.createdAt, locale)))}</p>
</body>
</html>
`;
}

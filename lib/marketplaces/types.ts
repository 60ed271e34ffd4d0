import type { MarketplaceId, OrderSnapshot, PageKind } from '../model/order';
import type { Steps } from './steps';

export type ReadResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

/**
 * Where a console's content script runs and which of those addresses it reads: all the always-on
 * script needs (lib/content/console-loader.ts), in the console's `pages.ts`, without its reader.
 * The same patterns and check as its adapter's (tests/unit/meta/layout.test.ts holds them equal).
 */
export type ConsoleAddresses = Pick<
  MarketplaceAdapter,
  'id' | 'matches' | 'excludeMatches' | 'allFrames' | 'isOrderPageUrl'
> & {
  /** The console moves between its pages without loading one (the adapter has `spa`). */
  singlePageApp: boolean;
};

export interface MarketplaceAdapter {
  id: MarketplaceId;
  name: string;
  /** Match patterns for this console's content script. */
  matches: string[];
  /** Match patterns the content script must not run on although `matches` allows them (manifest `exclude_matches`). */
  excludeMatches?: string[];
  /** Runs the content script in child frames too (manifest `all_frames`): a console that shows an order in a frame. */
  allFrames?: boolean;
  /**
   * True when the URL alone can be one of this console's order pages. Pure: it never looks at the page.
   * The content script checks it before anything the page could observe, and stops when it is false.
   */
  isOrderPageUrl(url: URL): boolean;
  detect(url: URL, doc: Document): PageKind | null;
  /**
   * The readers. Dates come as the page prints them, in `printedDates` (lib/marketplaces/printed-dates.ts),
   * never parsed here: the parser is too big for a content script. The background reads them into
   * placedAt / dueAt before storing (lib/marketplaces/resolve-dates.ts), and so does readPage.
   * A reader may set placedAt / dueAt itself only from a machine-written ISO value it checked.
   */
  readOrder(doc: Document, url: URL): ReadResult<OrderSnapshot>;
  readOrderList(doc: Document, url: URL): ReadResult<OrderSnapshot[]>;
  /**
   * The same reading as readOrderList, one step per row (lib/marketplaces/steps.ts), so the content
   * script can read a long list in slices without a long task. Without it the list is read in one step.
   */
  readOrderListSteps?(doc: Document, url: URL): Steps<ReadResult<OrderSnapshot[]>>;
  /**
   * The language the shop speaks to its buyers, when the console page says it (`en_US`, `zh-TW`):
   * the default language of its reminders. Never the language of the console's own UI.
   */
  readShopLanguage?(doc: Document): string | undefined;
  /**
   * For a console that is a single-page app (it moves between its pages without loading one). Its
   * `matches` may then take more than its order pages, since the console can navigate into one
   * later: the content script listens for route changes there and does nothing else, and on an
   * order page reads again when the route or `region` changes (lib/content/spa-watch.ts).
   * Without it the page is read once, at load.
   */
  spa?: {
    /**
     * The element whose changes mean the orders shown changed: a container the console keeps
     * while it redraws what is inside (its main column rather than the table element it replaces);
     * null until the console has drawn it.
     */
    region(doc: Document): Element | null;
  };
  /** Where the order page's Settle panel goes (top of the console's main column). */
  panelAnchor(doc: Document): Element | null;
  /** The list row of an order, to flag a repeat non-payer in place. */
  listRow(doc: Document, orderId: string): Element | null;
  /**
   * The script (an unlisted entrypoint, `entrypoints/<id>-contact.ts`) that gives this console's
   * ConsoleContact: loaded into the order page only when a reminder is sent through the console
   * (contact strategies 'console-form' / 'console-action'), so the always-on content script stays small.
   */
  contactScript?: string;
}

/** A console's own ways to reach the buyer from the order page. Each throws an Error whose message the seller reads. */
export interface ConsoleContact {
  /** Fills and submits the console's message form; resolves once the console shows the message sent. */
  sendForm(doc: Document, text: string, signal?: AbortSignal): Promise<void>;
  /**
   * Reads the order page afresh from the server (never the open page, whose scripts can fake the
   * console's confirmation) and answers whether it shows `text` as sent; rejects when it cannot tell.
   */
  confirmOnServer?(pageUrl: string, text: string, fetchPage?: (url: string) => Promise<string>): Promise<boolean>;
  /** True when the named order action is on this page (checked before the send is logged). */
  hasAction(doc: Document, name: string): boolean;
  /** Runs a console order action; the page usually reloads. */
  runAction(doc: Document, name: string): void;
}

export type PageReading =
  | {
      ok: true;
      marketplace: MarketplaceId;
      kind: PageKind;
      orders: OrderSnapshot[];
      warnings: string[];
      shopLanguage?: string;
    }
  | { ok: false; marketplace?: MarketplaceId; kind?: PageKind; error: string };

import type { SettleDb } from '@/lib/db/schema';
import type { CapturePermission } from '@/components/CaptureButton';
import type { CaptureOutcome } from '@/lib/messaging/types';
import type { OrderKey } from '@/lib/model/order-record';

/** What Settle's page gives each of its views (entrypoints/dashboard wires it). */
export interface DashboardProps {
  db: SettleDb;
  locale: string;
  /** The dashboard's own address with a route hash (an order added by hand links here). */
  pageUrl: (hash: string) => string;
  /** Tells the background that data changed: badge and alarm are brought up to date. */
  onChanged: () => void;
  /** Settle's options page (templates, schedules, the seller's name). */
  optionsUrl: string;
  /** Captures an order's console page as evidence (the background opens, captures and closes it). */
  capture?: { order: (key: OrderKey) => Promise<CaptureOutcome>; permission: CapturePermission };
}

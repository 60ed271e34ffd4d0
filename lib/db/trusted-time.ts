import type { SettleDb } from './schema';

/** "Trusted time": whether exported packages are time-stamped, and by which RFC 3161 service. */
export interface TrustedTimeSettings {
  /** Off until the seller turns it on and the browser grants Settle the service's host. */
  enabled: boolean;
  /** The service's address as the seller gave it (checked by lib/evidence/timestamp/service-url.ts). */
  url: string;
}

const TRUSTED_TIME_KEY = 'trusted-time';

const defaultTrustedTime = (): TrustedTimeSettings => ({ enabled: false, url: '' });

export async function getTrustedTime(db: SettleDb): Promise<TrustedTimeSettings> {
  const row = await db.settings.get(TRUSTED_TIME_KEY);
  return { ...defaultTrustedTime(), ...(row?.value as Partial<TrustedTimeSettings> | undefined) };
}

export async function saveTrustedTime(db: SettleDb, settings: TrustedTimeSettings): Promise<void> {
  await db.settings.put({ key: TRUSTED_TIME_KEY, value: settings });
}

import { useEffect, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { getChaseSettings, saveChaseSettings, type ChaseSettings } from '@/lib/db/settings';

/** The seller's chase settings, loaded once, with a save that reports back. */
export function useChaseSettings(db: SettleDb) {
  const [settings, setSettings] = useState<ChaseSettings | undefined>();
  useEffect(() => void getChaseSettings(db).then(setSettings), [db]);
  const save = async (next: ChaseSettings) => {
    await saveChaseSettings(db, next);
    setSettings(next);
  };
  return { settings, save };
}

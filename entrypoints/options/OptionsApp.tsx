import type { SettleDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { TemplateEditor } from '@/components/options/TemplateEditor';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { SellerSettings } from '@/components/options/SellerSettings';
import { TrustedTimeSettings } from '@/components/options/TrustedTimeSettings';

interface Props {
  db: SettleDb;
  /** Tells the background to re-plan and recount after a save. */
  onSaved: () => void;
}

/** Settle's options: the seller's details, the escalation schedules, the reminder templates and Trusted time for evidence packages. */
export function OptionsApp({ db, onSaved }: Props) {
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <SellerSettings db={db} onSaved={onSaved} />
      <ScheduleEditor db={db} onSaved={onSaved} />
      <TemplateEditor db={db} />
      <TrustedTimeSettings db={db} />
    </main>
  );
}

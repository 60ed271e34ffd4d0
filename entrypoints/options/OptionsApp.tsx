import type { SettleDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { TemplateEditor } from '@/components/options/TemplateEditor';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { SellerSettings } from '@/components/options/SellerSettings';
import { CaptureSettings } from '@/components/options/CaptureSettings';
import type { CapturePermission } from '@/components/CaptureButton';

interface Props {
  db: SettleDb;
  /** Tells the background to re-plan and recount after a save. */
  onSaved: () => void;
  /** The browser's permission to capture pages (absent in tests that do not need it). */
  capturePermission?: CapturePermission;
}

/** Settle's options: the seller's details, page captures, the escalation schedules and the reminder templates. */
export function OptionsApp({ db, onSaved, capturePermission }: Props) {
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <SellerSettings db={db} onSaved={onSaved} />
      <CaptureSettings db={db} permission={capturePermission} />
      <ScheduleEditor db={db} onSaved={onSaved} />
      <TemplateEditor db={db} />
    </main>
  );
}

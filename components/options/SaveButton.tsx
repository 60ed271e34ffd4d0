import { t } from '@/lib/i18n/t';

interface Props {
  disabled?: boolean;
  /** Shows "Saved." beside the button until the next edit. */
  saved: boolean;
  onSave: () => Promise<void>;
}

export function SaveButton({ disabled, saved, onSave }: Props) {
  return (
    <>
      <button type="button" class="primary" disabled={disabled} onClick={() => void onSave()}>
        {t('optSave')}
      </button>{' '}
      {saved && (
        <span class="saved" role="status">
          {t('optSaved')}
        </span>
      )}
    </>
  );
}

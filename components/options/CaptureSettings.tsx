import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import type { CapturePermission } from '../CaptureButton';
import { useChaseSettings } from './use-settings';

/**
 * Page captures: the browser's permission (asked here with why, in a click on Settle's own page:
 * the order panel, framed in the console page, cannot ask in Firefox), and whether a sent
 * reminder also keeps the page as it was (on by default). Settle's order panel links here.
 */
export function CaptureSettings({ db, permission }: { db: SettleDb; permission?: CapturePermission }) {
  const { settings, save } = useChaseSettings(db);
  const [allowed, setAllowed] = useState<boolean | undefined>();
  const section = useRef<HTMLElement>(null);
  useEffect(() => void permission?.has().then(setAllowed), [permission]);
  // Opened from the panel at #capture: the section shows once the settings are in.
  useEffect(() => {
    if (settings && location.hash === '#capture') section.current?.scrollIntoView();
  }, [settings]);
  if (!settings) return null;
  return (
    <section id="capture" class="capture-settings" ref={section}>
      <h2>{t('optCaptureTitle')}</h2>
      <p class="hint">{t('capturePermissionWhy')}</p>
      {permission &&
        (allowed ? (
          <p class="ok" role="status">
            {t('optCaptureAllowed')}
          </p>
        ) : (
          <p>
            <button
              type="button"
              class="capture-allow"
              onClick={() => void permission.request().then(setAllowed, () => setAllowed(false))}
            >
              {t('optCaptureAllow')}
            </button>
            {allowed === false && <span class="error"> {t('capturePermissionRefused')}</span>}
          </p>
        ))}
      <label>
        <input
          id="capture-on-send"
          type="checkbox"
          checked={settings.captureOnSend}
          onChange={(e) => void save({ ...settings, captureOnSend: e.currentTarget.checked })}
        />{' '}
        {t('optCaptureOnSend')}
      </label>
    </section>
  );
}

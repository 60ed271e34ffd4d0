import { useEffect, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { getTrustedTime, saveTrustedTime, type TrustedTimeSettings as Settings } from '@/lib/db/trusted-time';
import { checkServiceUrl } from '@/lib/evidence/timestamp/service-url';
import { hasHostPermission, removeHostPermission, requestHostPermission } from '@/lib/browser/host-permission';
import { t } from '@/lib/i18n/t';
import { serviceUrlProblemText } from './service-url-problem';

type Status =
  | { kind: 'none' }
  | { kind: 'on'; host: string }
  | { kind: 'off' }
  | { kind: 'refused'; host: string }
  | { kind: 'failed'; host: string; error: string }
  | { kind: 'lost'; host: string };

function statusText(status: Status): string {
  switch (status.kind) {
    case 'on':
      return t('optTrustedOn', status.host);
    case 'off':
      return t('optTrustedOff');
    case 'refused':
      return t('optTrustedRefused', status.host);
    case 'failed':
      return t('optTrustedRequestFailed', status.host, status.error);
    case 'lost':
      return t('optTrustedLost', status.host);
    default:
      return '';
  }
}

/**
 * "Trusted time": off until the seller turns it on with a service's address. Turning it on asks
 * the browser, in the same click, for that service's host (an optional permission); refused, it
 * stays off and says so. Turning it off gives the permission back.
 */
export function TrustedTimeSettings({ db }: { db: SettleDb }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getTrustedTime(db).then(async (stored) => {
      setSettings(stored);
      setUrl(stored.url);
      if (!stored.enabled) return;
      const service = checkServiceUrl(stored.url);
      const held = service.ok && (await hasHostPermission(service.pattern).catch(() => false));
      setStatus(
        held ? { kind: 'on', host: service.host } : { kind: 'lost', host: service.ok ? service.host : stored.url },
      );
    });
  }, [db]);
  if (!settings) return null;
  const service = checkServiceUrl(url);
  const problem =
    !service.ok && (tried || service.problem !== 'empty') ? serviceUrlProblemText(service.problem) : undefined;

  function turnOn(current: Settings) {
    setTried(true);
    if (!service.ok) return;
    const { host, pattern } = service;
    let asked: Promise<boolean>;
    try {
      // First thing in the click, before any await: the browser asks the seller only during a user gesture.
      asked = requestHostPermission(pattern);
    } catch (error) {
      setStatus({ kind: 'failed', host, error: (error as Error).message });
      return;
    }
    setBusy(true);
    void asked
      .then(async (granted) => {
        if (!granted) return setStatus({ kind: 'refused', host });
        const next = { ...current, enabled: true, url: service.url };
        await saveTrustedTime(db, next);
        setSettings(next);
        setUrl(next.url);
        setStatus({ kind: 'on', host });
      })
      .catch((error: Error) => setStatus({ kind: 'failed', host, error: error.message }))
      .finally(() => setBusy(false));
  }

  async function turnOff(current: Settings) {
    const next = { ...current, enabled: false };
    await saveTrustedTime(db, next);
    setSettings(next);
    setStatus({ kind: 'off' });
    const stored = checkServiceUrl(current.url);
    if (stored.ok) await removeHostPermission(stored.pattern).catch(() => false);
  }

  return (
    <section aria-labelledby="trusted-h" class="trusted-time">
      <h2 id="trusted-h">{t('optTrustedTitle')}</h2>
      <p class="hint">{t('optTrustedHint')}</p>
      <div class="field">
        <label for="trusted-url">{t('optTrustedUrl')}</label>
        <input
          id="trusted-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          maxLength={2000}
          disabled={settings.enabled || busy}
          aria-invalid={!!problem}
          aria-describedby="trusted-why"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        {problem && <p class="problem">{problem}</p>}
        <p class="hint" id="trusted-why">
          {t('optTrustedWhy')}
        </p>
        {settings.enabled && <p class="hint">{t('optTrustedLocked')}</p>}
      </div>
      <label class="toggle">
        <input
          id="trusted-on"
          type="checkbox"
          checked={settings.enabled}
          disabled={busy}
          onChange={(e) => {
            // The box shows what is saved; it turns on only once the browser has granted the host.
            e.currentTarget.checked = settings.enabled;
            if (settings.enabled) void turnOff(settings);
            else turnOn(settings);
          }}
        />
        {t('optTrustedToggle')}
      </label>
      {status.kind !== 'none' && (
        <p
          role="status"
          class={status.kind === 'on' ? 'saved' : status.kind === 'off' ? 'hint' : 'problem'}
          data-status={status.kind}
        >
          {statusText(status)}
        </p>
      )}
    </section>
  );
}

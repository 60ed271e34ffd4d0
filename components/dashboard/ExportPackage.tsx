import { useRef, useState } from 'preact/hooks';
import type { DashboardProps } from './dashboard-props';
import { loadPackageSources } from '@/lib/db/case-package-sources';
import { planCasePackage, type TrustedTimeOutcome } from '@/lib/evidence/build-package';
import { getTrustedTime } from '@/lib/db/trusted-time';
import { trustedTimeSource } from '@/lib/evidence/timestamp/trusted-time-source';
import { checkServiceUrl } from '@/lib/evidence/timestamp/service-url';
import { describeStampFailure } from '@/lib/evidence/timestamp/describe-failure';
import { formatInstant } from '@/lib/i18n/format-date-time';
import { zipPackage } from '@/lib/evidence/zip';
import { imageThumbnail } from '@/lib/evidence/thumbnail';
import { shrinkImage } from '@/lib/evidence/shrink-image';
import { browserNameAndVersion, extensionAbout } from '@/lib/browser/about';
import type { OrderKey } from '@/lib/model/order-record';
import { t } from '@/lib/i18n/t';
import { localIso } from '@/lib/model/local-time';
import { clockNow } from '@/lib/browser/clock';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; percent: number; asking?: string }
  | { kind: 'done'; file: string; trustedTime?: TrustedTimeOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: string };

/** The service as the seller reads it: its host. */
const hostOf = (url: string) => {
  const service = checkServiceUrl(url);
  return service.ok ? service.host : url;
};

/** What the dashboard says of an export that is saved, with or without its time stamp. */
function doneText(file: string, outcome: TrustedTimeOutcome | undefined, locale: string): string {
  if (!outcome) return t('pkgExported', file);
  if (outcome.stamped)
    return t('pkgExportedStamped', file, hostOf(outcome.url), formatInstant(outcome.genTime, locale));
  return t('pkgExportedNoStamp', file, describeStampFailure(outcome.reason, outcome.detail, hostOf(outcome.url)));
}

/** Hands a made file to the browser's downloads, as a link the seller clicked would. */
function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Export evidence package": makes the order's case package (lib/evidence/build-package.ts) and
 * saves it as one ZIP, with a progress bar and a Cancel button; a cancelled export saves nothing.
 * With Trusted time on, the package's manifest is time-stamped; when no stamp can be had the
 * package is saved without one, and the line under the button says so and why.
 */
export function ExportPackage({ db, locale, orderKey }: DashboardProps & { orderKey: OrderKey }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  async function run() {
    if (running.current) return; // a double click exports once
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'working', percent: 0 });
    try {
      const sources = await loadPackageSources(db, orderKey);
      if (!sources) throw new Error(t('dashOrderMissing', orderKey[2]));
      const [marketplace, shop, orderId] = orderKey;
      const createdAt = new Date(await clockNow());
      const origin = {
        createdAt: localIso(createdAt),
        extension: extensionAbout(),
        browser: browserNameAndVersion(),
        order: { marketplace, shop, orderId },
      };
      let percent = 0;
      const onAsking = (host: string) => setState({ kind: 'working', percent, asking: host });
      const trustedTime = trustedTimeSource(await getTrustedTime(db), { signal: controller.signal, onAsking });
      const { folder, evidence, rest } = await planCasePackage({
        ...sources,
        origin,
        locale,
        thumbnail: imageThumbnail,
        shrinkImage,
        ...(trustedTime && { trustedTime }),
      });
      const onProgress = (done: number, total: number) => {
        percent = Math.floor((done / total) * 100);
        setState({ kind: 'working', percent });
      };
      let outcome: TrustedTimeOutcome | undefined;
      const then = async () => {
        const made = await rest();
        outcome = made.trustedTime;
        return made.files;
      };
      const zip = await zipPackage(folder, evidence, { signal: controller.signal, onProgress, then, mtime: createdAt });
      download(zip, `${folder}.zip`);
      setState({ kind: 'done', file: `${folder}.zip`, ...(outcome && { trustedTime: outcome }) });
    } catch (error) {
      setState(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error: (error as Error).message });
    } finally {
      running.current = undefined;
    }
  }

  return (
    <section class="export-package">
      <button type="button" class="primary" disabled={state.kind === 'working'} onClick={run}>
        {t('pkgExport')}
      </button>
      {state.kind === 'working' && (
        <>
          <progress max={100} value={state.percent} aria-label={t('pkgExporting', state.percent)} />
          <span>{state.asking ? t('pkgStamping', state.asking) : t('pkgExporting', state.percent)}</span>
          <button type="button" onClick={() => running.current?.abort(new Error('cancelled'))}>
            {t('pkgCancel')}
          </button>
        </>
      )}
      {state.kind === 'done' && (
        <p
          class={state.trustedTime?.stamped === false ? 'warning' : 'ok'}
          role="status"
          data-stamped={state.trustedTime ? String(state.trustedTime.stamped) : undefined}
        >
          {doneText(state.file, state.trustedTime, locale)}
        </p>
      )}
      {state.kind === 'cancelled' && (
        <p class="muted" role="status">
          {t('pkgCancelled')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="status">
          {t('pkgFailed', state.error)}
        </p>
      )}
    </section>
  );
}

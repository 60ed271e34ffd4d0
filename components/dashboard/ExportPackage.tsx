import { useRef, useState } from 'preact/hooks';
import type { DashboardProps } from '@/entrypoints/dashboard/DashboardApp';
import { loadPackageSources } from '@/lib/db/case-package-sources';
import { planCasePackage } from '@/lib/evidence/build-package';
import { zipPackage } from '@/lib/evidence/zip';
import { imageThumbnail } from '@/lib/evidence/thumbnail';
import { shrinkImage } from '@/lib/evidence/shrink-image';
import { browserNameAndVersion, extensionAbout } from '@/lib/browser/about';
import type { OrderKey } from '@/lib/model/order-record';
import { t } from '@/lib/i18n/t';
import { localIso } from '@/lib/model/local-time';

type State = { kind: 'idle' } | { kind: 'working'; percent: number } | { kind: 'done'; file: string } | { kind: 'cancelled' } | { kind: 'failed'; error: string };

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
      const origin = { createdAt: localIso(), extension: extensionAbout(), browser: browserNameAndVersion(), order: { marketplace, shop, orderId } };
      const { folder, evidence, rest } = await planCasePackage({ ...sources, origin, locale, thumbnail: imageThumbnail, shrinkImage });
      const onProgress = (done: number, total: number) => setState({ kind: 'working', percent: Math.floor((done / total) * 100) });
      const zip = await zipPackage(folder, evidence, { signal: controller.signal, onProgress, then: rest });
      download(zip, `${folder}.zip`);
      setState({ kind: 'done', file: `${folder}.zip` });
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
          <span>{t('pkgExporting', state.percent)}</span>
          <button type="button" onClick={() => running.current?.abort(new Error('cancelled'))}>
            {t('pkgCancel')}
          </button>
        </>
      )}
      {state.kind === 'done' && <p class="ok" role="status">{t('pkgExported', state.file)}</p>}
      {state.kind === 'cancelled' && <p class="muted" role="status">{t('pkgCancelled')}</p>}
      {state.kind === 'failed' && <p class="error" role="status">{t('pkgFailed', state.error)}</p>}
    </section>
  );
}

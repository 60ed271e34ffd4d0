import { useState } from 'preact/hooks';
import type { CaptureOutcome } from '@/lib/messaging/types';
import { describeCapture } from '@/lib/i18n/describe-capture';
import { t } from '@/lib/i18n/t';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'ask' } | { kind: 'done'; ok: boolean; text: string };

export interface CapturePermission {
  has(): Promise<boolean>;
  /** Must be called first thing in a click: the browser asks only from one. */
  request(): Promise<boolean>;
}

/**
 * A capture of an order page as evidence, from the popup or the dashboard. The first time, the
 * browser's permission is asked with one sentence saying why; a refusal captures nothing and says so.
 */
export function CaptureButton({
  label,
  hint,
  capture,
  permission,
}: {
  label: string;
  hint?: string;
  capture: () => Promise<CaptureOutcome>;
  permission: CapturePermission;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function run() {
    setState({ kind: 'working' });
    try {
      setState({ kind: 'done', ...describeCapture(await capture()) });
    } catch (error) {
      setState({ kind: 'done', ok: false, text: t('captureFailed', (error as Error).message) });
    }
  }
  async function start() {
    if (state.kind === 'working') return; // a double click captures once
    if (await permission.has()) return run();
    setState({ kind: 'ask' });
  }
  function allow() {
    permission.request().then(
      (granted) => (granted ? run() : setState({ kind: 'done', ok: false, text: t('capturePermissionRefused') })),
      (error: Error) => setState({ kind: 'done', ok: false, text: t('captureFailed', error.message) }),
    );
  }
  return (
    <div class="capture">
      <button type="button" class="capture-button" disabled={state.kind === 'working'} onClick={() => void start()}>
        {state.kind === 'working' ? t('captureWorking') : label}
      </button>
      {hint && state.kind === 'idle' && <span class="muted"> {hint}</span>}
      {state.kind === 'ask' && (
        <p class="capture-why">
          {t('capturePermissionWhy')}{' '}
          <button type="button" class="capture-allow" onClick={allow}>
            {t('capturePermissionAllow')}
          </button>
        </p>
      )}
      {state.kind === 'done' && (
        <p class={state.ok ? 'ok' : 'error'} role="status">
          {state.text}
        </p>
      )}
    </div>
  );
}

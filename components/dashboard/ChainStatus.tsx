import type { ChainStatus as Status } from '@/lib/i18n/describe-chain';

/** One line under the timeline's heading: the chain intact, or the exact event where it breaks and why. */
export function ChainStatus({ status, head }: { status: Status; head?: string }) {
  return (
    <p
      class={`chain-status ${status.ok ? 'ok' : 'warning'}`}
      role={status.ok ? undefined : 'alert'}
      data-chain={status.ok ? 'intact' : 'broken'}
      title={head}
    >
      {status.text}
    </p>
  );
}

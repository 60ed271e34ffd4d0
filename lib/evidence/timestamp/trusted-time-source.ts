import type { TrustedTimeSettings } from '../../db/trusted-time';
import { hasHostPermission } from '../../browser/host-permission';
import type { TrustedTimeSource } from '../build-package';
import { checkServiceUrl } from './service-url';
import { stampManifest } from './stamp';
import { TimeStampError } from './errors';

/**
 * Trusted time for one export, from the seller's settings; undefined when it is off. Before it
 * asks, it checks Settle still holds the service's host permission (the seller may have removed
 * it in the browser's settings): without it the request could not be made, and the seller is told so.
 */
export function trustedTimeSource(
  settings: TrustedTimeSettings,
  { signal, onAsking }: { signal?: AbortSignal; onAsking?: (host: string) => void } = {},
): TrustedTimeSource | undefined {
  if (!settings.enabled) return undefined;
  const service = checkServiceUrl(settings.url);
  return {
    url: settings.url,
    stamp: async (manifest) => {
      if (!service.ok || !(await hasHostPermission(service.pattern)))
        throw new TimeStampError('permission', `Settle may not reach ${settings.url}`);
      onAsking?.(service.host);
      return stampManifest(service.url, manifest, { signal });
    },
  };
}

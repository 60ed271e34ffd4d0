/** Why an address cannot be a time-stamping service's. */
export type ServiceUrlProblem = 'empty' | 'not-url' | 'scheme' | 'credentials';

export type ServiceUrlCheck =
  | {
      ok: true;
      /** The address as the URL parser normalised it. */
      url: string;
      /** The host permission Settle asks for: the service's scheme and host, any port, any path. */
      pattern: string;
      /** Host (and port) for the seller to read. */
      host: string;
    }
  | { ok: false; problem: ServiceUrlProblem };

/**
 * Checks the address the seller gives for a time-stamping authority: http or https (a token is
 * signed, so plain HTTP cannot forge one; many authorities serve only HTTP), no user name or
 * password (they would sit in Settle's settings in clear). The permission pattern leaves the
 * port out: Firefox's match patterns cannot hold one, and Chrome reads a pattern without a port
 * as any port.
 */
export function checkServiceUrl(input: string): ServiceUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (!url.hostname) return { ok: false, problem: 'not-url' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  return { ok: true, url: url.href, pattern: `${url.protocol}//${url.hostname}/*`, host: url.host };
}

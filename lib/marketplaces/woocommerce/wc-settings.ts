import { selectors } from './selectors';

const ENCODED_SETTINGS =
  /wcSettings\s*=\s*(?:wcSettings\s*\|\|\s*)?JSON\.parse\(\s*decodeURIComponent\(\s*(['"])(.*?)\1\s*\)\s*\)/s;

/**
 * Reads `var wcSettings = … JSON.parse(decodeURIComponent('…'))`, the shop settings WooCommerce
 * prints on its admin pages, without running it. Undefined when the page has no such script or it
 * cannot be parsed (older WooCommerce, a mangled blob).
 */
export function readWcSettings(doc: Document): Record<string, unknown> | undefined {
  // Optional: older WooCommerce prints the settings in an unnamed inline script, or not at all.
  const scripts = [doc.querySelector(selectors.wcSettingsScript), ...doc.querySelectorAll(selectors.inlineScript)];
  for (const script of scripts) {
    const source = (script && script.textContent) || '';
    if (!source.includes('wcSettings')) continue;
    const encoded = (ENCODED_SETTINGS.exec(source) ?? [])[2];
    if (!encoded) continue;
    try {
      const settings: unknown = JSON.parse(decodeURIComponent(encoded.replace(/\\'/g, "'")));
      return settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : undefined;
    } catch {
      return undefined; // a mangled settings blob: the readers fall back to what the page shows
    }
  }
  return undefined;
}

import { browser } from 'wxt/browser';

/** Settle's name and version, from its manifest. */
export function extensionAbout(): { name: string; version: string } {
  const manifest = browser.runtime.getManifest();
  return { name: 'Settle', version: manifest.version };
}

/** "Chrome 150.0.7871.100", "Edge 150.0", "Firefox 140.0": the browser a capture or package was made in. */
export function browserNameAndVersion(userAgent = navigator.userAgent): string {
  for (const [name, pattern] of [
    ['Edge', /Edg\/([\d.]+)/],
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Chrome', /Chrome\/([\d.]+)/],
  ] as const) {
    const version = pattern.exec(userAgent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return userAgent;
}

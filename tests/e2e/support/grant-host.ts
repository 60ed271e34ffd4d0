import type { BrowserContext } from 'playwright';

/**
 * Allows `pattern` for the extension the way a person does on chrome://extensions (site access):
 * that page's own `developerPrivate.addHostPermission`. Chromium's permission prompt cannot be
 * answered in a headless run; with the host allowed here, the extension's own
 * `permissions.request` for it is granted without one. This alone gives the extension nothing:
 * it holds the host only once it asks (README, Permissions).
 */
export async function allowHostOnExtensionsPage(
  context: BrowserContext,
  extensionId: string,
  pattern: string,
): Promise<void> {
  type DeveloperPrivate = { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(
    ([id, host]) =>
      (globalThis as unknown as { chrome: DeveloperPrivate }).chrome.developerPrivate.addHostPermission(id!, host!),
    [extensionId, pattern],
  );
  await page.close();
}

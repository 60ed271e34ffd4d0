import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Page } from 'playwright';

/** Unzips a package into a fresh folder; returns the package's own folder inside it. */
export function unzipTo(zip: Buffer): string {
  const root = mkdtempSync(join(tmpdir(), 'settle-package-'));
  const entries = unzipSync(new Uint8Array(zip));
  for (const [path, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return join(root, Object.keys(entries)[0]!.split('/')[0]!);
}

/** Exports the package of the order shown on the dashboard page and unzips it. */
export async function exportPackage(dashboard: Page): Promise<string> {
  const downloading = dashboard.waitForEvent('download');
  await dashboard.locator('.export-package button.primary').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^settle-[a-z]+-[\w-]+-\d{4}-\d{2}-\d{2}\.zip$/);
  // The outcome line, in any language: the ZIP was saved (class ok).
  await dashboard.locator('.export-package p.ok[role=status]').waitFor();
  return unzipTo(readFileSync((await download.path())!));
}

/** Opens verify.html of an unzipped package, gives it the folder, and returns its #result. */
export async function verifyInBrowser(page: Page, folder: string) {
  await page.goto(pathToFileURL(join(folder, 'verify.html')).href);
  await page.locator('#folder').setInputFiles(folder);
  const result = page.locator('#result');
  await expect.poll(() => result.getAttribute('data-outcome'), { timeout: 15_000 }).not.toBeNull();
  return result;
}

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  await expect.poll(() => dashboard.locator('.export-package [role=status]').textContent()).toContain('Saved');
  return unzipTo(readFileSync((await download.path())!));
}


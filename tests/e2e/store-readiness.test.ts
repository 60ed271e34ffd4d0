import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '@/lib/marketplaces';

/** The built manifests (npm test builds both before the browser tests). */
const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
const README = readFileSync('README.md', 'utf8');
/** Permissions Firefox has no API for (the README says what Settle does there instead). */
const CHROME_ONLY = ['pageCapture'];
const section = (title: string) => README.split(/^## /m).find((s) => s.startsWith(title)) ?? '';

/** Every manifest value the README's Permissions table must name: permissions, hosts, content-script patterns, web-accessible files. */
function askedFor(m: Record<string, unknown>): string[] {
  type Script = { matches?: string[]; exclude_matches?: string[] };
  type Resource = string | { resources: string[] };
  return [
    ...((m.permissions as string[]) ?? []),
    ...((m.optional_permissions as string[]) ?? []),
    ...((m.host_permissions as string[]) ?? []),
    ...((m.optional_host_permissions as string[]) ?? []),
    ...((m.content_scripts as Script[]) ?? []).flatMap((c) => [...(c.matches ?? []), ...(c.exclude_matches ?? [])]),
    ...((m.web_accessible_resources as Resource[]) ?? []).flatMap((r) => (typeof r === 'string' ? [r] : r.resources)),
  ].sort();
}

/** The values named (in `code`) in the first column of the README's Permissions table; `optional`: only rows that say so. */
function namedInReadme({ optional = false } = {}): string[] {
  const rows = section('Permissions')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| in the manifest') && !line.startsWith('| ---'))
    .filter((line) => !optional || line.startsWith('| optional'));
  return rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)).sort();
}

// A store reviewer (and a seller) reads the README's table as the whole list: a permission added to
// the manifest without a line there, or a line left for one removed, fails here.
describe('store readiness: the README says exactly what the manifests ask for', () => {
  it('names every permission, host pattern and web-accessible file of the Chrome manifest, and nothing else', () => {
    expect(namedInReadme()).toEqual([...new Set(askedFor(manifest('chrome-mv3')))].sort());
  });

  it('says which are optional: asked for only when the seller first captures a page or turns Trusted time on', () => {
    const chrome = manifest('chrome-mv3');
    const firefox = manifest('firefox-mv2');
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(namedInReadme({ optional: true })).toEqual(
      [...(chrome.optional_host_permissions ?? []), ...(chrome.optional_permissions ?? [])].sort(),
    );
    expect([...(firefox.optional_permissions ?? [])].sort()).toEqual(
      namedInReadme({ optional: true }).filter((p) => !CHROME_ONLY.includes(p)),
    );
  });

  it('asks for the same in Firefox, but for what only Chrome has (the MHTML page archive)', () => {
    expect([...new Set(askedFor(manifest('firefox-mv2')))]).toEqual([
      ...new Set(askedFor(manifest('chrome-mv3')).filter((p) => !CHROME_ONLY.includes(p))),
    ]);
    expect(section('Permissions')).toMatch(/`pageCapture` \(Chrome only\)/);
  });

  it('lets each console’s content script load its contact script, which the always-on script does not carry', () => {
    for (const adapter of adapters.filter((a) => a.contactScript)) {
      const file = adapter.contactScript!.replace(/^\//, '');
      for (const dir of ['chrome-mv3', 'firefox-mv2']) {
        expect(askedFor(manifest(dir))).toContain(file);
        expect(existsSync(`.output/${dir}/${file}`)).toBe(true);
      }
    }
    // WooCommerce's note form lives only in its contact script.
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      expect(readFileSync(`.output/${dir}/content-scripts/woocommerce.js`, 'utf8')).not.toContain('add_order_note');
      expect(readFileSync(`.output/${dir}/woocommerce-contact.js`, 'utf8')).toContain('add_order_note');
      // Shopify's Send invoice dialog words likewise.
      expect(readFileSync(`.output/${dir}/content-scripts/shopify.js`, 'utf8')).not.toContain('Review invoice');
      expect(readFileSync(`.output/${dir}/shopify-contact.js`, 'utf8')).toContain('Review invoice');
    }
  });

  it('states what leaves the browser, and Firefox’s manifest declares no data collection', () => {
    const privacy = section('Privacy');
    expect(privacy).toMatch(/stays in your browser/);
    expect(privacy).toMatch(/only when you act/);
    expect(manifest('firefox-mv2').browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib code, adapters over saved pages (happy-dom), Dexie over fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    mockReset: true,
    pool: 'threads',
    maxWorkers: 2,
    // The first test of a file pays for importing Preact, Dexie and happy-dom: 5 s was seen to run out on a busy machine.
    testTimeout: 20_000,
  },
});

// Three tiers (STYLE.md §7): unit tests beside the code, integration tests in-process against
// PGlite and (with DATABASE_URL, see scripts/with-postgres.sh) PostgreSQL, and end-to-end
// tests driving Debian's Chromium against a real server.
import { defineConfig } from 'vitest/config';

const withDatabase = { globalSetup: ['test/support/global-setup.ts'], hookTimeout: 60_000 };

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 30_000, ...withDatabase } },
      // Browser tests run one file at a time: parallel Chromium instances on 2 cores steal focus and time.
      // A page waits on the server, so expect.poll gets 10 s rather than vitest's 1 s on a loaded machine.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 90_000, expect: { poll: { timeout: 10_000 } }, poolOptions: { forks: { singleFork: true } }, ...withDatabase } },
    ],
  },
});

import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the static site (site/dist, opened over file://), run by
 * `npm run test:browser` against Debian's Chromium; not part of `npm test`.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'site/test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  globalTimeout: 300_000,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});

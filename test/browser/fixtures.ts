/**
 * The page fixture of the browser tests: site/dist/index.html opened over
 * file://, with every console error, page error and request outside the
 * site recorded and asserted empty after each test.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The site's entry page as a file:// URL. */
export const SITE = pathToFileURL(join(ROOT, 'site', 'dist', 'index.html')).href;

/** Schemes that are not network: the site itself, inline data and the .ics blob. */
const LOCAL = /^(file|data|blob):/;

/** One page for all tests of a worker (a context and a first load of the 0.7 MB script are slow); each test starts on the rule list. */
export const test = base.extend<{ site: Page }, { shared: { page: Page; problems: string[] } }>({
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (!LOCAL.test(request.url())) problems.push(`request outside the site: ${request.url()}`);
      });
      await page.goto(SITE);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
  site: async ({ shared }, use) => {
    const { page, problems } = shared;
    const before = problems.length;
    await page.goto(`${SITE}#/`);
    await expect(page.locator('#main h1')).toBeVisible();
    await use(page);
    expect(problems.slice(before), 'no console errors, page errors or network requests').toEqual([]);
  },
});

/** Go to a route of the site (`regel/agm.notice-period`, `tjek`, …). */
export async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${SITE}#/${route}`);
}

export { expect };

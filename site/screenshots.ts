/**
 * Writes the README screenshots of the built site (run `npm run site` first):
 * docs/img/site-rule-page.png and docs/img/site-year-report.png.
 * Usage: tsx site/screenshots.ts
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const SITE = pathToFileURL(join(ROOT, 'site', 'dist', 'index.html')).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1, locale: 'da-DK' });
await page.goto(`${SITE}#/regel/agm.proposal-deadline`);
await page.locator('article.example').first().waitFor();
await page.screenshot({ path: join(ROOT, 'docs', 'img', 'site-rule-page.png') });

await page.goto(`${SITE}#/tjek`);
await page.getByLabel('Eksempel').selectOption({ label: 'almen-praksis-2025.json' });
await page.locator('[data-testid=verdict]').waitFor();
await page.evaluate("document.querySelector('[data-testid=verdict]').scrollIntoView()");
await page.screenshot({ path: join(ROOT, 'docs', 'img', 'site-year-report.png') });
await browser.close();
console.log('wrote docs/img/site-rule-page.png and docs/img/site-year-report.png');

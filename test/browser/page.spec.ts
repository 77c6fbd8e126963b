/** The page itself: Danish first with an English toggle, lang attributes, keyboard use, a phone-sized screen, and the size guard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRules } from '../../src/index.js';
import { distSizes, SIZE_LIMIT } from '../../site/size.js';
import { expect, open, ROOT, test } from './fixtures.js';

const DIST = join(ROOT, 'site', 'dist');

test('everything the page loads is at most 300 kB gzipped, zod and decimal.js included', () => {
  const sizes = distSizes(DIST);
  expect(sizes.map((s) => s.file)).toEqual(['app.js', 'index.html', 'style.css']);
  expect(sizes.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(SIZE_LIMIT);
});

test('the page loads classic scripts by relative links only', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html).not.toMatch(/type="module"/);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).toContain('<script src="app.js" defer>');
});

test('Danish by default; the toggle switches to English and sets lang', async ({ site }) => {
  await expect(site.locator('html')).toHaveAttribute('lang', 'da');
  await open(site, 'regel/agm.notice-period');
  const rule = listRules().find((r) => r.id === 'agm.notice-period')!;
  await expect(site.locator('[data-testid=summary]')).toHaveText(rule.summary.da);
  await expect(site.locator('section[lang=en] p')).toHaveText(rule.summary.en);
  await site.getByRole('button', { name: 'English' }).click();
  await expect(site.locator('html')).toHaveAttribute('lang', 'en');
  await expect(site.locator('[data-testid=summary]')).toHaveText(rule.summary.en);
  await expect(site.getByRole('link', { name: 'Check a year' })).toBeVisible();
  await site.getByRole('button', { name: 'Dansk' }).click();
  await expect(site.locator('html')).toHaveAttribute('lang', 'da');
});

test('keyboard: skip link first, then links that open rule pages', async ({ site }) => {
  await site.reload(); // focus starts at the top of a freshly loaded page
  await expect(site.locator('#main h1')).toBeVisible();
  await site.keyboard.press('Tab');
  await expect(site.locator('#skip')).toBeFocused();
  await site.keyboard.press('Enter');
  await expect(site.locator('#main h1')).toBeFocused();
  await site.getByLabel('Søg i reglerne').focus();
  await site.keyboard.type('agm.notice-period');
  await site.keyboard.press('Tab');
  await expect(site.locator('a[href="#/regel/agm.notice-period"]')).toBeFocused();
  await site.keyboard.press('Enter');
  await expect(site.locator('#main h1')).toHaveText('agm.notice-period');
  await expect(site.locator('#main h1')).toBeFocused();
});

test('readable on a phone: no page-wide horizontal scrolling', async ({ site }) => {
  await site.setViewportSize({ width: 360, height: 740 });
  for (const route of ['', 'regel/fees.month-assignment', 'frister', 'parametre']) {
    await open(site, route);
    await expect(site.locator('#main h1')).toBeVisible();
    const overflow = await site.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
  await open(site, 'tjek');
  await site.getByLabel('Eksempel').selectOption({ label: 'almen-praksis-2025.json' });
  await expect(site.locator('#report table').first()).toBeVisible();
  expect(await site.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'), 'year report').toBeLessThanOrEqual(0);
  await site.setViewportSize({ width: 1280, height: 720 });
});

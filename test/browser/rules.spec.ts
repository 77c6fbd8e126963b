/** Every rule has a page; the search finds rules; the examples run in the page give the conformance results. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listRules } from '../../src/index.js';
import { mismatch } from '../support/match.js';
import { conformanceCases } from '../conformance/cases.js';
import { expect, open, ROOT, test } from './fixtures.js';


const cases = conformanceCases();

test('the start page lists every catalogue id', async ({ site }) => {
  const ids = await site.locator('#rule-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
  expect(ids).toEqual(listRules().map((r) => r.id));
});

const areas = [...new Set(listRules().map((r) => r.id.split('.')[0]!))];

for (const area of areas) {
  test(`every ${area}.* catalogue id has a page with its kind, summaries and sources`, async ({ site }) => {
    const kinds = { requirement: 'krav', recommendation: 'anbefaling', interpretation: 'fortolkning' };
    for (const rule of listRules().filter((r) => r.id.startsWith(`${area}.`))) {
      await open(site, `regel/${rule.id}`);
      await expect(site.locator('#main h1')).toHaveText(rule.id);
      await expect(site.locator('[data-testid=summary]')).toHaveText(rule.summary.da);
      await expect(site.locator('#main .kind').first()).toHaveText(kinds[rule.kind]);
      for (const source of rule.sources) await expect(site.locator('#main li', { hasText: source.section }).first()).toBeVisible();
    }
  });
}

test('a rule page shows its parameters with their dated history', async ({ site }) => {
  const rule = listRules().find((r) => r.id === 'grant.rate-per-patient')!;
  await open(site, `regel/${rule.id}`);
  const table = rule.parameters![0]!;
  const rows = site.locator(`#param-${table.name} tbody tr`);
  await expect(rows).toHaveCount(table.values.length);
  await expect(rows.first()).toContainText(table.values[0]!.from);
  await expect(rows.first()).toContainText(String(table.values[0]!.value));
});

test('a rule page shows the interpretation from the decisions', async ({ site }) => {
  await open(site, 'regel/agm.proposal-deadline');
  await expect(site.locator('blockquote').first()).toContainText('docs/decisions/agm-calendar.md');
  await expect(site.locator('blockquote').first()).toContainText('10th working day');
});

const byRule = new Map<string, ReturnType<typeof conformanceCases>>();
for (const c of cases) if (c.rule) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);

test('most rules have examples', () => {
  expect(byRule.size).toBeGreaterThan(10);
});

for (const area of areas) {
  const rules = [...byRule.keys()].filter((id) => id.startsWith(`${area}.`));
  if (rules.length === 0) continue;
  test(`every ${area}.* example run in the page gives the conformance result`, async ({ site }) => {
    for (const rule of rules) {
      const list = byRule.get(rule)!;
      await open(site, `regel/${rule}`);
      const articles = site.locator('article.example');
      await expect(articles).toHaveCount(list.length);
      for (const [index, c] of list.entries()) {
        const article = articles.nth(index);
        await article.getByRole('button', { name: 'Kør' }).click();
        await expect(article.locator('[data-testid=status]'), `${rule}: ${c.name}`).toHaveText('✓ Som forventet');
        if (c.expected !== undefined) {
          const shown = JSON.parse((await article.locator('[data-testid=result]').textContent()) ?? '') as unknown;
          expect(mismatch(shown, c.expected), `${rule}: ${c.name}`).toBeUndefined();
        } else if (c.throws?.path) {
          await expect(article.locator('[data-testid=issues]')).toContainText(JSON.stringify(c.throws.path));
        }
      }
    }
  });
}

test('an edited example is computed again in the page', async ({ site }) => {
  await open(site, 'regel/agm.proposal-deadline');
  const article = site.locator('article.example').first();
  await article.locator('textarea').fill('["2025-04-24"]');
  await article.getByRole('button', { name: 'Kør' }).click();
  await expect(article.locator('[data-testid=result]')).toHaveText('"2025-04-07"');
  await article.locator('textarea').fill('["2025-02-30"]');
  await article.getByRole('button', { name: 'Kør' }).click();
  await expect(article.locator('[data-testid=issues]')).toContainText('["meeting"]');
});

test('search finds rules by section, id and summary words', async ({ site }) => {
  const search = site.getByLabel('Søg i reglerne');
  const shown = site.locator('#rule-list > li:not([hidden])');
  await search.fill('5.2');
  await expect(shown.filter({ hasText: 'agm.proposal-deadline' })).toHaveCount(1);
  const withSection = listRules().filter((r) =>
    [r.id, r.summary.da, r.summary.en, ...r.sources.map((s) => s.section)].some((t) => t.includes('5.2')),
  ).length;
  expect(await shown.count()).toBeGreaterThanOrEqual(withSection);
  expect(await shown.count()).toBeLessThan(listRules().length);
  await search.fill('agm.notice');
  await expect(shown.first()).toHaveAttribute('data-rule', 'agm.notice-period');
  await search.fill('helligdagene påsken');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toHaveAttribute('data-rule', 'workdays.public-holidays');
  await search.fill('zzzz-nothing');
  await expect(site.locator('#no-match')).toBeVisible();
});

test('the parameters page shows every dated table of src/params with its whole history', async ({ site }) => {
  const dir = join(ROOT, 'src', 'params');
  const tables = new Map<string, { values: unknown[] }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const t = value as { name?: unknown; unit?: unknown; values?: unknown };
      if (typeof t === 'object' && t !== null && typeof t.name === 'string' && typeof t.unit === 'string' && Array.isArray(t.values)) tables.set(t.name, { values: t.values });
    }
  }
  expect(tables.size).toBeGreaterThan(5);
  await open(site, 'parametre');
  await expect(site.locator('div.param')).toHaveCount(tables.size);
  for (const [name, table] of tables) await expect(site.locator(`#param-${name} tbody tr`)).toHaveCount(table.values.length);
});

/** "Tjek et år": a cluster-year document dropped, chosen or pasted gives the library's report; an invalid one its error paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import type { Page } from '@playwright/test';
import { expect, open, ROOT, test } from './fixtures.js';

const FILE = join(ROOT, 'examples', 'almen-praksis-2025.json');
const TEXT = readFileSync(FILE, 'utf8');
const REPORT = evaluateClusterYear(JSON.parse(TEXT) as ClusterYear);

/** The check page with nothing checked yet (the page keeps the last document while one browses). */
async function freshCheck(page: Page): Promise<void> {
  await open(page, 'tjek');
  await page.getByLabel('Dokument (JSON)').fill('');
  await page.getByLabel('Status pr. dato').fill('');
  await page.getByRole('button', { name: 'Tjek året' }).click();
  await expect(page.locator('#check-result')).toHaveText('Indsæt eller vælg et dokument først.');
}

test('the example has violations to find', () => {
  expect(REPORT.summary.violations).toBeGreaterThan(0);
});

test('dropping examples/almen-praksis-2025.json shows the violation count the library computes', async ({ site }) => {
  await freshCheck(site);
  const dataTransfer = await site.evaluateHandle(
    `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(TEXT)}], 'almen-praksis-2025.json', { type: 'application/json' })); return dt; })()`,
  );
  await site.dispatchEvent('#drop', 'drop', { dataTransfer });
  const verdict = site.locator('[data-testid=verdict]');
  await expect(verdict).toHaveAttribute('data-violations', String(REPORT.summary.violations));
  await expect(verdict).toHaveAttribute('data-warnings', String(REPORT.summary.warnings));
  await expect(verdict).toContainText(`${REPORT.summary.violations} overtrædelser`);
  await expect(site.locator('#report')).toContainText(REPORT.cluster.name!);
  // the Danish report names rules in words; the ids stay in data-rule attributes
  for (const f of REPORT.findings.filter((x) => x.severity === 'violation')) await expect(site.locator(`#report [data-rule="${f.rule}"]`).first()).toBeAttached();
});

test('a chosen file and a pasted document give the same report', async ({ site }) => {
  await freshCheck(site);
  await site.setInputFiles('#file', FILE);
  await expect(site.locator('[data-testid=verdict]')).toHaveAttribute('data-violations', String(REPORT.summary.violations));
  await open(site, 'frister');
  await freshCheck(site);
  await site.getByLabel('Dokument (JSON)').fill(TEXT);
  await site.getByRole('button', { name: 'Tjek året' }).click();
  await expect(site.locator('[data-testid=verdict]')).toHaveAttribute('data-violations', String(REPORT.summary.violations));
  await expect(site.locator('#report')).toContainText(REPORT.cluster.name!);
});

test('an example picked from the list is checked', async ({ site }) => {
  await freshCheck(site);
  await site.getByLabel('Eksempel').selectOption({ label: 'speciallaegepraksis-2025.json' });
  const expected = evaluateClusterYear(JSON.parse(readFileSync(join(ROOT, 'examples', 'speciallaegepraksis-2025.json'), 'utf8')) as ClusterYear);
  await expect(site.locator('[data-testid=verdict]')).toHaveAttribute('data-violations', String(expected.summary.violations));
});

test('the as-of date judges the year at that day: duties done, overdue, unknown and upcoming as the library says', async ({ site }) => {
  await freshCheck(site);
  await site.getByLabel('Dokument (JSON)').fill(TEXT);
  await site.getByLabel('Status pr. dato').fill('2025-03-01');
  await site.getByRole('button', { name: 'Tjek året' }).click();
  const early = evaluateClusterYear(JSON.parse(TEXT) as ClusterYear, { asOf: '2025-03-01' });
  const count = (state: string): number => early.duties.filter((d) => d.state === state).length;
  expect(count('upcoming')).toBeGreaterThan(0);
  await expect(site.locator('[data-testid=as-of]')).toContainText(`Kommende (${count('upcoming')})`);
  await expect(site.locator('[data-testid=as-of]')).toContainText(`Gjort (${count('done')})`);
  await expect(site.locator('[data-testid=verdict]')).toHaveAttribute('data-violations', String(early.summary.violations));
});

test('an invalid document shows the path of each error, in Danish', async ({ site }) => {
  const doc = JSON.parse(TEXT) as { expenses: { amount: unknown; date: unknown }[] };
  doc.expenses[2]!.amount = -5;
  doc.expenses[4]!.date = '2025-02-30';
  await freshCheck(site);
  await site.getByLabel('Dokument (JSON)').fill(JSON.stringify(doc));
  await site.getByRole('button', { name: 'Tjek året' }).click();
  const problems = site.locator('[data-testid=problems]');
  await expect(problems).toContainText('Dokumentet er ikke gyldigt');
  await expect(problems.locator('[data-testid=issue-path]', { hasText: 'expenses[2].amount' })).toHaveCount(1);
  await expect(problems.locator('[data-testid=issue-path]', { hasText: 'expenses[4].date' })).toHaveCount(1);
  await expect(problems).toContainText('2 fejl');
  await expect(site.locator('[data-testid=verdict]')).toHaveCount(0);
});

test('text that is not JSON is reported as such', async ({ site }) => {
  await freshCheck(site);
  await site.getByLabel('Dokument (JSON)').fill('{ "year": 2025,');
  await site.getByRole('button', { name: 'Tjek året' }).click();
  await expect(site.getByRole('alert')).toContainText('Ugyldig JSON');
});

/** The build-time helpers of the site (no browser): decision passages per rule, source titles, search and dates. */
import { expect, test } from '@playwright/test';
import { listRules } from '../../src/index.js';
import { collectSiteData } from '../../site/collect.js';
import { dutiesByState } from '../../site/src/asOf.js';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionsByRule } from '../../site/src/decisions.js';
import { inlineMarkdown } from '../../site/src/markdown.js';
import { sourceInfo } from '../../site/src/sources.js';
import { matches } from '../../site/src/search.js';

test('a passage that names a rule id is that rule’s interpretation; a longer id does not count', () => {
  const text = ['# T', '', '## A', '', 'About [agm.notice-period].', '', 'About `agm.notice-period-extra`.', '', '## B (`fees.whole-months`)', '', 'First.', '', '- Second.'].join('\n');
  const byRule = decisionsByRule([{ file: 'd.md', text }], ['agm.notice-period', 'fees.whole-months']);
  expect(byRule['agm.notice-period']!.map((b) => b.html)).toEqual(['<p>About [agm.notice-period].</p>']);
  expect(byRule['fees.whole-months']!.map((b) => b.html)).toEqual(['<p>First.</p>', '<p>Second.</p>']);
});

test('decision text is escaped before Markdown is applied', () => {
  expect(inlineMarkdown('<b>**x**</b> `a<b`')).toBe('&lt;b&gt;<strong>x</strong>&lt;/b&gt; <code>a&lt;b</code>');
});

test('the collected data holds every conformance case and only cluster-year examples, with interpretations for catalogue ids only', () => {
  const data = collectSiteData();
  expect(data.cases.length).toBeGreaterThan(100);
  expect(data.examples.map((e) => e.file)).toContain('almen-praksis-2025.json');
  expect(data.examples.map((e) => e.file)).not.toContain('omstrukturering-2026.json');
  const ids = new Set<string>(listRules().map((r) => r.id));
  expect(Object.keys(data.decisions).every((id) => ids.has(id))).toBe(true);
  expect(data.decisions['agm.proposal-deadline']?.length).toBeGreaterThan(0);
});

test('a source shows its title, and its key when it is unknown', () => {
  expect(sourceInfo('klyngeregler-2023', 'da').title).toContain('Regler for klynger');
  expect(sourceInfo('no-such-source', 'en')).toEqual({ key: 'no-such-source', title: 'no-such-source' });
});

test('search needs every word; duties are grouped by their state as of the day', () => {
  expect(matches('agm.proposal-deadline 5.2 forslag', 'forslag 5.2')).toBe(true);
  expect(matches('agm.proposal-deadline 5.2 forslag', 'forslag 5.3')).toBe(false);
  const doc = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'almen-praksis-2025.json'), 'utf8')) as ClusterYear;
  const report = evaluateClusterYear(doc, { asOf: '2025-03-01' });
  const groups = dutiesByState(report);
  expect(groups.done.map((d) => d.id)).toContain('2025-registration');
  expect(groups.upcoming.map((d) => d.id)).toContain('2025-agm');
  expect(Object.values(groups).flat()).toHaveLength(report.duties.length);
});

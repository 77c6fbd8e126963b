/**
 * The year report for people: the content of all three formats in both
 * languages for the examples — no English ids or JSON paths in Danish, long
 * dates, partial approvals, amounts awaiting review, one cost warning per
 * meeting, sources by title, and no CPR-shaped number anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPENSE_CATEGORIES, PAYEE_ROLES, SOURCES, evaluateClusterYear, listRules } from '../../src/index.js';
import type { ClusterYear, ClusterYearReport } from '../../src/index.js';
import { REPORT_PART_LABELS, renderReport } from '../../src/render/index.js';
import { issuesOf } from '../support/inputErrors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const load = (name: string): ClusterYear => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as ClusterYear;
const EXAMPLES = ['almen-praksis-2025.json', 'speciallaegepraksis-2025.json'] as const;
const FORMATS = ['text', 'markdown', 'html'] as const;
const CPR_SHAPED = /(?<!\d)\d{6}-?\d{4}(?!\d)/;
const LONG_DA = /(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/;
const LONG_EN = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

/** What a reader sees: for HTML the text without tags and attributes. */
function visible(text: string, format: string): string {
  return format === 'html' ? text.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ') : text;
}

/** Ids that must never show in Danish output. */
const ENGLISH_IDS = [
  ...EXPENSE_CATEGORIES.filter((c) => c !== 'other'),
  'eligible',
  'ineligible',
  'needs-review',
  ...PAYEE_ROLES.filter((r) => r !== 'member'),
  ...Object.keys(REPORT_PART_LABELS),
  ...Object.keys(SOURCES),
  ...listRules().map((r) => r.id),
  'violation',
  'warning',
  'speciallaegepraksis',
  'almen-praksis',
];

function render(name: string, lang: 'da' | 'en', format: (typeof FORMATS)[number], verbose = false): string {
  const doc = load(name);
  return renderReport(evaluateClusterYear(doc), { lang, format, verbose, document: doc });
}

describe('renderReport in Danish', () => {
  for (const name of EXAMPLES) {
    for (const format of FORMATS) {
      it(`${name} as ${format}: no English id, no JSON path, long Danish dates, Danish numbers, no CPR-shaped number`, () => {
        const out = render(name, 'da', format);
        const seen = visible(out, format);
        const shown = ENGLISH_IDS.filter((id) => new RegExp(`(?<![\\w-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`).test(seen));
        expect(shown).toEqual([]);
        expect(seen).not.toMatch(/\w\[\d+\]/);
        expect(seen).toMatch(LONG_DA);
        expect(seen).toMatch(/Udgift 3 \(/);
        expect(seen).toContain('Afventer');
        expect(seen).not.toMatch(/\d,\d{3}\.\d{2}/); // no English number form
        expect(out).not.toMatch(CPR_SHAPED);
      });
    }
  }

  it('the general-practice year: ledger, grant, claim names, sources by title with link, one cost warning per meeting', () => {
    for (const format of FORMATS) {
      const out = visible(render('almen-praksis-2025.json', 'da', format), format);
      expect(out).toContain('164.250,00 kr.');
      expect(out).toContain('53.167,45 kr.');
      expect(out).toContain('45.000');
      expect(out).toContain('Udgift 10 (E10)');
      expect(out).toContain('Kørselsgodtgørelse');
      expect(out).toContain('torsdag 20. marts 2025');
      expect(out).toContain('Regler for klyngerne (skabelon, PLO og Danske Regioner, 2023), pkt. 5.3');
      expect(out.match(/Lokale og forplejning til møde M4/g)).toHaveLength(1);
      expect(out).toContain('1.277,78 kr. pr. deltager'); // the warning kept is the one with the meeting's whole cost
      expect(out).toContain('Udgift 24 (E24) og 25 (E25)');
    }
    expect(render('almen-praksis-2025.json', 'da', 'markdown')).toContain('[KiAP: Klyngeadministration og -økonomi, afsnittet “Klyngens økonomi og udbetaling af midler”](https://kiap.dk/kiap/klynge/klyngekoordinator/hjaelp/klyngeadministration.php)');
  });

  it('the specialist year: a claim cut by a cap says "delvist godkendt" with the cap', () => {
    for (const format of FORMATS) {
      const out = visible(render('speciallaegepraksis-2025.json', 'da', format), format);
      expect(out).toContain('delvist godkendt (loft for lokale og forplejning pr. møde: 9.000,00 kr.)');
      expect(out).toContain('delvist godkendt (loft for eksterne oplæg pr. år: 10.000,00 kr.)');
      expect(out).toContain('afvist');
      expect(out).toContain('tirsdag 31. marts 2026');
    }
  });

  it('summarises information findings unless verbose', () => {
    const short = render('almen-praksis-2025.json', 'da', 'text');
    const long = render('almen-praksis-2025.json', 'da', 'text', true);
    expect(short).toContain('26 oplysninger om udgifterne.');
    expect(short).not.toContain('Leje af lokale til klyngemøder kan betales af klyngen.');
    expect(long).toContain('Leje af lokale til klyngemøder kan betales af klyngen.');
    expect(short).toContain("Klinikejer 'X01' står uden for klyngesamarbejdet"); // a task for the coordinator stays listed
  });
});

describe('renderReport in English', () => {
  for (const name of EXAMPLES) {
    for (const format of FORMATS) {
      it(`${name} as ${format}: English labels, dates and numbers`, () => {
        const out = visible(render(name, 'en', format), format);
        expect(out).toMatch(LONG_EN);
        expect(out).toMatch(/Expense 3 \(/);
        expect(out).toContain('Awaiting review');
        expect(out).not.toMatch(/\d\.\d{3},\d{2}/); // no Danish number form
        expect(out).not.toMatch(/Udgift|Afventer|Årsrapport/);
        expect(out).not.toMatch(CPR_SHAPED);
      });
    }
  }
  it('writes English amounts and names', () => {
    const out = render('almen-praksis-2025.json', 'en', 'text');
    expect(out).toContain('DKK 164,250.00');
    expect(out).toContain('Thursday 20 March 2025');
    expect(out).toContain('Expense 24 (E24) and 25 (E25)');
    expect(render('speciallaegepraksis-2025.json', 'en', 'markdown')).toContain('partly approved (cap on venue and catering per meeting: DKK 9,000.00)');
  });
});

describe('the HTML page', () => {
  const html = render('almen-praksis-2025.json', 'da', 'html');
  it('is one self-contained page with a lang attribute and print styles', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="da">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import/i);
    expect(html.match(/<(?:a|img|link|script)\b[^>]*\s(?:src)=/g)).toBeNull();
    expect(render('almen-praksis-2025.json', 'en', 'html')).toContain('<html lang="en">');
  });
  it('has the ledger, the claims table, the findings and the bar chart', () => {
    expect(html).toContain('<h2>Regnskab (formue i aktivitetsrapporten)</h2>');
    expect(html).toContain('<td>= formue ultimo</td><td class="num">53.167,45 kr.</td>');
    const claims = html.slice(html.indexOf('<h2>Udgifter (30)</h2>'), html.indexOf('</table>', html.indexOf('<h2>Udgifter (30)</h2>')));
    expect(claims.match(/<tr><td>Udgift \d+ \(E\d+\)<\/td>/g)).toHaveLength(30);
    expect(html.match(/<li class="violation"/g)).toHaveLength(13);
    expect(html).toContain('data-rule="agm.minutes-deadline"');
    expect(html).toContain('<div class="chart">');
    expect(html).toMatch(/<span class="bar grant" style="width:\d+(\.\d)?%"><\/span>/);
    expect(html).toMatch(/Lokaleleje<\/div><div class="track"[^>]*><span class="bar category" style="width:\d+(\.\d)?%">/);
    const widths = [...html.matchAll(/style="width:([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(10);
    expect(widths.every((w) => w >= 0 && w <= 100)).toBe(true);
  });
  it('escapes the caller’s text', () => {
    const doc = load('almen-praksis-2025.json');
    doc.cluster.name = '<script>alert(1)</script>';
    const out = renderReport(evaluateClusterYear(doc), { format: 'html', document: doc });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;');
  });
});

describe('renderReport input', () => {
  const doc = load('almen-praksis-2025.json');
  const report = evaluateClusterYear(doc);
  it('works without the document (no dates or categories in the table)', () => {
    const out = renderReport(report, { lang: 'da' });
    expect(out).toContain('Udgift 10 (E10)');
    expect(out).not.toContain('Kørselsgodtgørelse');
  });
  it('rejects unknown or malformed options and a value that is not a report', () => {
    expect(issuesOf(() => renderReport(report, { lang: 'da', colour: true } as never)).map((i) => i.path)).toEqual([['options']]);
    expect(issuesOf(() => renderReport(report, { format: 'pdf' } as never))[0]!.path).toEqual(['options', 'format']);
    expect(issuesOf(() => renderReport({} as ClusterYearReport))[0]!.path[0]).toBe('report');
    expect(issuesOf(() => renderReport(report, { document: { year: 2025 } as never }))[0]!.path[0]).toBe('document');
  });
  it('shows a missing pending field as 0,00 kr. and a given one in its column', () => {
    const first = report.expenses.decisions[0]!;
    const withPending = { ...report, expenses: { ...report.expenses, decisions: [{ ...first, pending: '4500.00' }, ...report.expenses.decisions.slice(1)] } };
    const out = renderReport(withPending, { document: doc });
    expect(out).toMatch(/Udgift 1 \(E01\) .* 4\.500,00 kr\. +4\.500,00 kr\. +4\.500,00 kr\. +godkendt/);
    expect(renderReport(report, { document: doc })).toMatch(/Udgift 1 \(E01\) .* 4\.500,00 kr\. +4\.500,00 kr\. +0,00 kr\. +godkendt/);
  });
});

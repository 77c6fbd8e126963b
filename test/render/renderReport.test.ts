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
      // closing balance: 82,317.45 + 164,250.00 − 192,400.00 (approved = claimed 263,308.54 − refused 48,959.00 − in review 21,949.54)
      expect(out).toContain('54.167,45 kr.');
      expect(out).toContain('21.949,54 kr.');
      expect(out).toContain('45.000');
      expect(out).toContain('Udgift 10 (E10)');
      expect(out).toContain('Kørselsgodtgørelse');
      expect(out).toContain('torsdag 20. marts 2025');
      expect(out).toContain('Regler for klyngerne (skabelon, PLO og Danske Regioner, 2023), pkt. 5.3');
      expect(out.match(/Lokale og forplejning til møde M4/g)).toHaveLength(1);
      // one warning per meeting, on the claim that takes it over 750 kr. per attendee: E24's venue 21,000 / 27 = 777.78
      expect(out).toContain('21.000,00 kr. for 27 deltagere, dvs. 777,78 kr. pr. deltager');
      expect(out).toContain('Udgift 24 (E24) og 25 (E25)');
    }
    expect(render('almen-praksis-2025.json', 'da', 'markdown')).toContain('[KiAP: Klyngeadministration og -økonomi, afsnittet “Klyngens økonomi og udbetaling af midler”](https://kiap.dk/kiap/klynge/klyngekoordinator/hjaelp/klyngeadministration.php)');
  });

  it('the specialist year: a claim cut by a cap says "delvist godkendt" with the cap', () => {
    for (const format of FORMATS) {
      const out = visible(render('speciallaegepraksis-2025.json', 'da', format), format);
      expect(out).toContain('delvist godkendt (loft for lokale og forplejning pr. møde: 9.000,00 kr.)');
      expect(out).toContain('delvist godkendt (fælles loft for andre udgifter pr. år: 10.000,00 kr.)'); // presenters, equipment, consultancy: one 10,000 kr pot
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
    expect(html).toContain('<td>= formue ultimo</td><td class="num">54.167,45 kr.</td>');
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
  it('shows each claim’s pending amount in its column and refuses a report without pending', () => {
    const first = report.expenses.decisions[0]!;
    const withPending = { ...report, expenses: { ...report.expenses, decisions: [{ ...first, pending: '4500.00' }, ...report.expenses.decisions.slice(1)] } };
    expect(renderReport(withPending, { document: doc })).toMatch(/Udgift 1 \(E01\) .* 4\.500,00 kr\. +4\.500,00 kr\. +4\.500,00 kr\. +godkendt/);
    expect(renderReport(report, { document: doc })).toMatch(/Udgift 1 \(E01\) .* 4\.500,00 kr\. +4\.500,00 kr\. +0,00 kr\. +godkendt/);
    expect(renderReport(report, { document: doc })).toMatch(/Udgift 10 \(E10\) .* 1\.149,54 kr\. +0,00 kr\. +1\.149,54 kr\. +til gennemgang/);
    const { pending: _pending, ...withoutPending } = first;
    const old = { ...report, expenses: { ...report.expenses, decisions: [withoutPending, ...report.expenses.decisions.slice(1)] } } as unknown as ClusterYearReport;
    expect(issuesOf(() => renderReport(old)).map((i) => i.path.slice(0, 4))).toEqual([['report', 'expenses', 'decisions', 0]]);
    const { pending: _total, ...totals } = report.expenses.totals;
    const oldTotals = { ...report, expenses: { ...report.expenses, totals } } as unknown as ClusterYearReport;
    expect(issuesOf(() => renderReport(oldTotals))[0]!.path).toEqual(['report', 'expenses', 'totals', 'pending']);
  });
  it('names a place it does not know by the rule’s area, never by the raw `where`', () => {
    const f = report.findings.find((x) => x.rule === 'duties.kiap-coordinator-update')!;
    const odd = { ...report, findings: [{ ...f, where: 'agm follow-up' }, ...report.findings.filter((x) => x !== f)] };
    const out = renderReport(odd, { document: doc });
    expect(out).toMatch(/✖ OVERTRÆDELSE · Pligter\n +Koordinatorens navn og e-mail er ikke rettet på kiap\.dk/);
    expect(out).not.toContain('follow-up');
    expect(renderReport(report, { document: doc })).toMatch(/✖ OVERTRÆDELSE · Årsmødets referat og opfølgning\n +Koordinatorens navn og e-mail er ikke rettet på kiap\.dk/);
  });
  it('refuses a report without asOf or duties', () => {
    const { asOf: _asOf, ...noAsOf } = report;
    expect(issuesOf(() => renderReport(noAsOf as unknown as ClusterYearReport))[0]!.path).toEqual(['report', 'asOf']);
    const { duties: _duties, ...noDuties } = report;
    expect(issuesOf(() => renderReport(noDuties as unknown as ClusterYearReport))[0]!.path).toEqual(['report', 'duties']);
  });
});

describe('the duties as of the report’s asOf', () => {
  const doc = load('almen-praksis-2025.json');
  const section = (out: string, title: string, next: string): string => out.slice(out.indexOf(title), out.indexOf(next, out.indexOf(title)));

  it('a closed year: the kiap.dk change is overdue, the rest done, in every format and both languages', () => {
    // 13 duties; the AGM record says kiapUpdated: false, due 14 days after the AGM of 20 March → 3 April
    for (const format of FORMATS) {
      const da = visible(render('almen-praksis-2025.json', 'da', format), format);
      const duties = section(da, 'Pligter pr. onsdag 31. december 2025', 'Fund (');
      expect(duties).toMatch(/torsdag 3\. april 2025\s+(\|\s*)?Den nye koordinator registreres på kiap\.dk\s+(\|\s*)?overskredet/);
      expect(duties).toContain('12 af 13 pligter er gjort.');
      expect(duties).not.toContain('kommende');
      expect(da).not.toContain('opgjort pr.'); // a whole year needs no date beside the scheme
      const en = visible(render('almen-praksis-2025.json', 'en', format), format);
      const dutiesEn = section(en, 'Duties as of Wednesday 31 December 2025', 'Findings (');
      expect(dutiesEn).toMatch(/Thursday 3 April 2025\s+(\|\s*)?The new coordinator registered on kiap\.dk\s+(\|\s*)?overdue/);
      expect(dutiesEn).toContain('12 of 13 duties done.');
    }
    expect(render('almen-praksis-2025.json', 'da', 'markdown')).toContain('| Frist | Pligt | Status |');
    expect(render('almen-praksis-2025.json', 'da', 'html')).toContain('<th>Frist</th><th>Pligt</th><th>Status</th>');
  });

  it('as of 1 March 2025: the AGM and its record are upcoming, the registration of 27 January done', () => {
    const report = evaluateClusterYear(doc, { asOf: '2025-03-01' });
    for (const format of FORMATS) {
      const out = visible(renderReport(report, { format, document: doc }), format);
      expect(out).toContain('almen praksis · opgjort pr. lørdag 1. marts 2025');
      const duties = section(out, 'Pligter pr. lørdag 1. marts 2025', 'Fund (');
      expect(duties).toMatch(/torsdag 20\. marts 2025\s+(\|\s*)?Årsmøde \(generalforsamling\)\s+(\|\s*)?kommende/);
      expect(duties).toMatch(/tirsdag 30\. september 2025\s+(\|\s*)?Frist: datoer for klyngemøderne i 2026 meldes ud\s+(\|\s*)?kommende/);
      expect(duties).not.toContain('overskredet');
      expect(duties).not.toContain('Frist: klyngens ydernumre'); // done on 27 January
      expect(duties).not.toMatch(LONG_EN);
    }
  });

  it('a year with no facts: overdue before unknown, with long dates', () => {
    const bare: ClusterYear = { year: 2025, cluster: { id: 'K1', coordinatorId: 'D1', clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }], doctors: [{ id: 'D1', role: 'owner', clinicId: 'C1' }] } };
    const out = renderReport(evaluateClusterYear(bare, { asOf: '2025-04-15' }), { document: bare });
    const duties = section(out, 'Pligter pr. tirsdag 15. april 2025', 'Fund (');
    const overdue = duties.indexOf('overskredet');
    const unknown = duties.indexOf('ukendt (dokumentet siger intet om den)');
    expect(overdue).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(overdue);
    // the AGM is due by the end of the first quarter; registration by the end of January; the meeting dates by 30 September
    expect(duties).toMatch(/mandag 31\. marts 2025 +Årsmøde \(generalforsamling\) +overskredet/);
    expect(duties).toMatch(/fredag 31\. januar 2025 +Frist: klyngens ydernumre og medlemmer på kiap\.dk +ukendt/);
    expect(duties).toMatch(/tirsdag 30\. september 2025 +Frist: datoer for klyngemøderne i 2026 meldes ud +kommende/);
    expect(duties).toContain('0 af 4 pligter er gjort.');
  });
});

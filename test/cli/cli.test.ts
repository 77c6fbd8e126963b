/**
 * The command line, run as a child process from the built binary: exit codes,
 * formats, languages, bad files, and no stack traces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const GP = join(ROOT, 'examples', 'almen-praksis-2025.json');
const SPECIALIST = join(ROOT, 'examples', 'speciallaegepraksis-2025.json');
const tmp = mkdtempSync(join(tmpdir(), 'klyngeregler-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

/** A general-practice year with nothing wrong: an AGM held in time with its record, and the calendar's duties done. */
const CLEAN = {
  year: 2025,
  cluster: { id: 'K1', coordinatorId: 'D1', clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }], doctors: [{ id: 'D1', role: 'owner', clinicId: 'C1', ploMember: true }] },
  agm: {
    meeting: '2025-03-20',
    noticeSentOn: '2025-03-04',
    agendaIncluded: true,
    minutesSentOn: '2025-03-27',
    record: { chairChosen: true, minuteTakerChosen: true, minutesNameChair: true, minutesSignedByChair: '2025-03-26', accountsPresented: true, budgetAdopted: true },
  },
  duties: { ydernumreRegistered: '2025-01-27', activityReportSent: true, meetingDatesAnnounced: '2025-09-18' },
};

describe('klyngeregler report', () => {
  it('prints a Danish text report and exits 1 when there are violations', () => {
    const { code, out, err } = run(['report', GP]);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('Årsrapport 2025 — Klynge Vestegnen (K-VESTEGNEN)');
    expect(out).toContain('164.250,00 kr.');
    // 82,317.45 + 164,250.00 − 192,400.00 approved (263,308.54 claimed − 48,959.00 refused − 21,949.54 in review)
    expect(out).toMatch(/= formue ultimo +54\.167,45 kr\./);
    expect(out).toMatch(/Afventer gennemgang \(ikke fratrukket\) +21\.949,54 kr\./);
    expect(out).toContain('✖ 13 overtrædelser · 10 advarsler');
    expect(out).toMatch(/Pligter pr\. onsdag 31\. december 2025\n.*\n.*\n +torsdag 3\. april 2025 +Den nye koordinator registreres på kiap\.dk +overskredet/);
    expect(out).toContain('✖ OVERTRÆDELSE · Årsmøde');
    expect(out).toContain('Udgift 10 (E10)');
    expect(out).toContain('torsdag 20. marts 2025');
    expect(out).toContain('Anne Dahl (D01)');
    expect(out).not.toContain('\u001b['); // not a TTY: no colour
    expect(out).not.toContain('0503721234');
  });

  it('aligns amounts in their column', () => {
    const { out } = run(['report', GP]);
    const ledger = out.split('\n').filter((l) => /^ {2}(Formue primo|\+ tilskud|= formue ultimo)/.test(l));
    expect(ledger).toHaveLength(3);
    expect(new Set(ledger.map((l) => l.length)).size).toBe(1);
  });

  it('speaks English with --lang en', () => {
    const { out } = run(['report', GP, '--lang', 'en']);
    expect(out).toContain('Year report 2025');
    expect(out).toContain('= closing balance');
    expect(out).toContain('VIOLATION agm.minutes-deadline · Annual general meeting');
    expect(out).toContain('DKK 164,250.00');
  });

  it('writes Markdown for minutes', () => {
    const { code, out } = run(['report', GP, '--format', 'markdown']);
    expect(code).toBe(1);
    expect(out.startsWith('# Årsrapport 2025 — Klynge Vestegnen')).toBe(true);
    expect(out).toContain('| Formue primo | 82.317,45 kr. |');
    expect(out).toContain('- **OVERTRÆDELSE** · Årsmøde: Referatet blev sendt');
  });

  it('writes the report object as JSON', () => {
    const { out } = run(['report', GP, '--format', 'json']);
    const report = JSON.parse(out) as {
      grant: { amount: string };
      ledger: { closingBalance: string; pendingReview: string };
      asOf: string;
      duties: { id: string; state: string }[];
      summary: { violations: number; warnings: number };
      meta: { version: string; parameters: { table: string; from: string }[] };
    };
    expect(report.grant.amount).toBe('164250.00'); // 45,000 × 3.65
    expect(report.ledger).toMatchObject({ closingBalance: '54167.45', pendingReview: '21949.54' });
    // membership 1 + claims 9 (E10–E15, E17, E26, E28) + AGM 2 (late minutes, election without fee) + AGM record 1 (kiap.dk)
    expect(report.summary).toMatchObject({ violations: 13, warnings: 10 });
    expect(report.asOf).toBe('2025-12-31');
    expect(report.duties.filter((d) => d.state !== 'done').map((d) => `${d.id} ${d.state}`)).toEqual(['2025-agm-kiap overdue']);
    expect(report.meta.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(report.meta.parameters).toContainEqual({ table: 'grantRatePerPatient', from: '2025-01-01', until: '2025-12-31', source: expect.anything() });
  });

  it('exits 0 when a year has no violations', () => {
    const { code, out } = run(['report', file('clean.json', JSON.stringify(CLEAN))]);
    expect(code).toBe(0);
    expect(out).toContain('✔ Ingen overtrædelser · 0 advarsler · 0 oplysninger');
    expect(out).toContain('113.150,00 kr.'); // 31,000 × 3.65
    expect(out).toContain('11 af 11 pligter er gjort.');
  });

  it('--as-of judges the year at the end of that day: fewer violations before the AGM', () => {
    const spring = run(['report', GP, '--as-of', '2025-03-01']);
    // the AGM of 20 March has not been held: its minutes, election record and kiap.dk duties (due 3 April) are not yet due
    expect(spring.code).toBe(1);
    expect(spring.out).toContain('almen praksis · opgjort pr. lørdag 1. marts 2025');
    expect(spring.out).toContain('✖ 10 overtrædelser');
    expect(spring.out).not.toContain('Referatet blev sendt');
    expect(spring.out).toMatch(/torsdag 20\. marts 2025 +Årsmøde \(generalforsamling\) +kommende/);
    const json = JSON.parse(run(['report', GP, '--as-of', '2025-03-01', '--format', 'json']).out) as { asOf: string; summary: { violations: number } };
    expect(json).toMatchObject({ asOf: '2025-03-01', summary: { violations: 10 } });
    const bad = run(['report', GP, '--as-of', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as-of: ');
  });

  it('a year without a published rate: the grant is unknown, never an error', () => {
    const doc = { ...CLEAN, year: 2026, openingBalance: '1000.00', agm: { ...CLEAN.agm, meeting: '2026-03-19', noticeSentOn: '2026-03-03', minutesSentOn: '2026-03-26', record: { ...CLEAN.agm.record, minutesSignedByChair: '2026-03-25' } }, duties: { ydernumreRegistered: '2026-01-26', activityReportSent: true, meetingDatesAnnounced: '2026-09-17' } };
    const da = run(['report', file('2026.json', JSON.stringify(doc))]);
    expect([0, 1]).toContain(da.code);
    expect(da.err).toBe('');
    expect(da.out).toContain('Tilskuddet er ukendt');
    expect(da.out).toMatch(/\+ tilskud +ukendt/);
    expect(da.out).toMatch(/= formue ultimo +ukendt/);
    expect(da.out).toContain('▲ ADVARSEL · Tilskud');
    const en = run(['report', file('2026.json', JSON.stringify(doc)), '--lang', 'en', '--format', 'markdown']);
    expect([0, 1]).toContain(en.code);
    expect(en.out).toContain('| = closing balance | unknown |');
    const json = JSON.parse(run(['report', file('2026.json', JSON.stringify(doc)), '--format', 'json']).out) as { grant: unknown; ledger: { closingBalance: unknown } };
    expect(json.grant).toBeNull();
    expect(json.ledger.closingBalance).toBeNull();
  });

  it('colours only on a TTY and never with NO_COLOR (FORCE via the isTty flag is not available to a pipe)', () => {
    const { out } = run(['report', SPECIALIST], { NO_COLOR: '1' });
    expect(out).not.toContain('\u001b[');
  });

  it('shows one clear screen for a missing file, bad JSON and a wrong shape, exit 2, no stack trace', () => {
    const missing = run(['report', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('klyngeregler: Cannot read nope.json\nThe file does not exist.\n');

    const bad = run(['report', file('bad.json', '{\n  "year": 2025,\n  oops\n}')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.json is not valid JSON');
    expect(bad.err).toContain('At line 3, column 3: expected a property name in double quotes.');
    expect(bad.err).not.toContain('oops');

    const shape = JSON.parse(readFileSync(GP, 'utf8'));
    shape.expenses[3].amount = '12.345';
    shape.expenses[5].category = 'bowling';
    const wrong = run(['report', file('wrong.json', JSON.stringify(shape))]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('wrong.json is not a valid document (2 problems)');
    expect(wrong.err).toContain('at expenses[3].amount: ');
    expect(wrong.err).toContain('at expenses[5].category: category must be one of');
    for (const r of [missing, bad, wrong]) expect(r.err).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
  });

  it('never echoes a CPR number in an error', () => {
    const doc = JSON.parse(readFileSync(GP, 'utf8'));
    doc.expenses[17].payee.cpr = '3102721234';
    const { code, err } = run(['report', file('cpr.json', JSON.stringify(doc))]);
    expect(code).toBe(2);
    expect(err).toContain('expenses[17].payee.cpr');
    expect(err).not.toContain('3102721234');
  });
});

describe('klyngeregler status', () => {
  it('lists what is overdue as of a date, with long dates, and exits 1 for the violations so far', () => {
    const { code, out, err } = run(['status', GP, '--as-of', '2025-04-15']);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe('Status for K-VESTEGNEN pr. tirsdag 15. april 2025');
    // the AGM record says kiapUpdated: false; due 14 days after the AGM of 20 March
    const overdue = out.slice(out.indexOf('Overskredet'), out.indexOf('Ukendt'));
    expect(overdue.trim().split('\n')).toEqual(['Overskredet', '  - Den nye koordinator registreres på kiap.dk (frist torsdag 3. april 2025)']);
    expect(out).toContain('overtrædelser i året indtil nu');
    const en = run(['status', GP, '--as-of', '2025-04-15', '--lang', 'en']);
    expect(en.out).toContain('The new coordinator registered on kiap.dk (due Thursday 3 April 2025)');
  });

  it('looks ahead --days days and writes JSON', () => {
    const soon = run(['status', file('clean-status.json', JSON.stringify(CLEAN)), '--as-of', '2025-03-01', '--days', '10']);
    expect(soon.code).toBe(0);
    expect(soon.out).toContain('Forfalder inden for 10 dage\n  - Frist: indkaldelse til årsmødet med dagsorden (frist torsdag 6. marts 2025)\n');
    const json = JSON.parse(run(['status', GP, '--as-of', '2025-04-15', '--format', 'json']).out) as { asOf: string; overdue: { id: string }[]; summary: { violations: number } };
    expect(json.asOf).toBe('2025-04-15');
    expect(json.overdue.map((d) => d.id)).toEqual(['2025-agm-kiap']);
  });

  it('needs --as-of (no clock is read) and says so, exit 2', () => {
    const { code, out, err } = run(['status', GP]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('--as-of');
    expect(run(['status', GP, '--as-of', '15-04-2025']).code).toBe(2);
    expect(run(['status', GP, '--as-of', '2025-04-15', '--days', 'many']).code).toBe(2);
    expect(run(['status', '--help']).out).toContain('klyngeregler status');
  });
});

describe('klyngeregler deadlines, calendar, restructure, schema', () => {
  it('deadlines: Easter 2025 skipped, names the skipped days, warns outside the window', () => {
    const { code, out } = run(['deadlines', '2025-04-24']);
    expect(code).toBe(0);
    expect(out).toMatch(/Forslag modtaget senest +mandag 7\. april 2025/);
    expect(out).toContain('2. påskedag (21. april 2025)');
    expect(out.split('\n').filter((l) => l.includes('sprunget over'))).toEqual(['  Forslag modtaget senest: sprunget over 3 weekenddage, Skærtorsdag (17. april 2025), Langfredag (18. april 2025), Påskedag (20. april 2025) og 2. påskedag (21. april 2025).']);
    expect(out).toContain('ADVARSEL · Årsmøde');
    const en = run(['deadlines', '2025-03-27', '--lang', 'en', '--format', 'json']);
    expect(JSON.parse(en.out)).toMatchObject({ proposalsBy: '2025-03-13', noticeBy: '2025-03-13', meta: { library: 'klyngeregler' } });
  });

  it('deadlines: impossible date and bad options exit 2', () => {
    expect(run(['deadlines', '2025-02-30'])).toMatchObject({ code: 2, err: 'klyngeregler: Invalid input (1 problem)\n  <meeting-date>: 2025-02-30 is not a calendar date\n' });
    expect(run(['deadlines', '2025-03-27', '--closed-days', 'sometimes']).code).toBe(2);
    expect(run(['deadlines']).code).toBe(2);
  });

  it('calendar: text, JSON and iCalendar that an independent parser reads', () => {
    const text = run(['calendar', '2025', '--agm', '2025-03-20']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/torsdag 20\. marts 2025 +Årsmøde/);
    const json = JSON.parse(run(['calendar', '2025', '--scheme', 'speciallaegepraksis', '--format', 'json']).out) as { events: { date: string }[] };
    expect(json.events.map((e) => e.date)).toEqual(['2025-01-31', '2025-03-31']);
    const ics = run(['calendar', '2025', '--ics', '--lang', 'en']).out;
    expect(ics.includes('\r\n')).toBe(true);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toContain('2025-03-01');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toContain('2025-grant-payment@klyngeregler');
    const own = run(['calendar', '2025', '--ics', '--uid-domain', 'k17.klynge.example']);
    expect(own.out).toContain('UID:2025-grant-payment@k17.klynge.example\r\n');
    const badDomain = run(['calendar', '2025', '--ics', '--uid-domain', 'k 17']);
    expect([badDomain.code, badDomain.out]).toEqual([2, '']);
    expect(badDomain.err).toContain('--uid-domain: ');
    expect(run(['calendar', '2025', '--uid-domain', 'k17']).code).toBe(2);
  });

  it('restructure: divides pooled savings', () => {
    const { code, out } = run(['restructure', join(ROOT, 'examples', 'omstrukturering-2026.json')]);
    expect(code).toBe(0);
    expect(out).toContain('140.447,26 kr.');
    expect(out).toContain('95.303,49 kr.');
    const other = file('other.json', JSON.stringify({ clusters: [{ id: 'A', balance: 100 }], moves: [{ from: 'A', to: 'B', patients: 1 }], decidedAt: { kind: 'other', date: '2026-01-05' } }));
    expect(run(['restructure', other]).code).toBe(1);
  });

  it('schema: lists names and prints a JSON Schema', () => {
    expect(run(['schema']).out.split('\n')).toContain('cluster-year');
    const schema = JSON.parse(run(['schema', 'expense']).out) as { properties: { category: { enum: string[] } } };
    expect(schema.properties.category.enum).toContain('venue-rent');
    expect(run(['schema', 'nonsense']).code).toBe(2);
  });

  it('--help, --version, unknown commands and options', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['--help']).out).toContain('report <file.json>         A cluster');
    expect(run(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run([]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['report', GP, '--format', 'pdf']).code).toBe(2);
    expect(run(['report', GP, '--lang', 'de']).code).toBe(2);
    expect(run(['report', GP, '--bogus']).code).toBe(2);
  });
});

describe('standard input, refused files and exit codes', () => {
  function runWithInput(args: string[], input: string | Buffer): { code: number | null; out: string; err: string } {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  it('reads the document from standard input with -', () => {
    const { code, out } = runWithInput(['report', '-', '--lang', 'en'], readFileSync(GP));
    expect(code).toBe(1);
    expect(out).toContain('Year report 2025 — Klynge Vestegnen');
  });

  it('refuses a file that is not UTF-8, an empty file and a document over the size limit, with exit 2', () => {
    const latin1 = run(['report', file('latin1.json', '')]);
    expect(latin1.code).toBe(2);
    const path = join(tmp, 'latin1.json');
    writeFileSync(path, Buffer.from('{"year": 2025, "cluster": {"id": "K\xC6"}}', 'latin1'));
    const notUtf8 = run(['report', path]);
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.err).toContain('latin1.json is not UTF-8 text');
    expect(latin1.err).toContain('is empty');
    const big = runWithInput(['report', '-'], Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(big).toMatchObject({ code: 2, out: '' });
    expect(big.err).toContain('standard input is too large');
    expect(big.err).toContain('The limit is 20 MB');
  });

  it('exits 2, never 3 or a crash, for null and other non-documents', () => {
    for (const command of ['restructure', 'report', 'check']) {
      const { code, err } = runWithInput([command, '-'], 'null');
      expect(code, command).toBe(2);
      expect(err).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    }
  });

  it('explains each command and its options with --help', () => {
    const deadlines = run(['deadlines', '--help']);
    expect(deadlines.code).toBe(0);
    expect(deadlines.out).toContain('--closed-days statutory|holidays-only');
    expect(deadlines.out).toContain('Grundlovsdag (5 June), 24 and 31 December');
    expect(deadlines.out).toContain('--notice-on-working-day The notice deadline');
    for (const command of ['report', 'check', 'grant', 'fee', 'vote', 'calendar', 'restructure', 'schema']) {
      expect(run([command, '--help']).out, command).toContain(`klyngeregler ${command}`);
    }
  });
});

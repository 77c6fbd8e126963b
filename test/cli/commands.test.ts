/**
 * The command line in-process (runCli with captured output): the single
 * calculations, readable usage errors that name the flag, hints, notes, and
 * no spreading of long lists (130,000 claims).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GP = join(ROOT, 'examples', 'almen-praksis-2025.json');
const MERGER = join(ROOT, 'examples', 'omstrukturering-2026.json');

function cli(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTty: false, env: {}, stdin: () => Buffer.from(stdin) });
  return { code, out, err };
}

describe('klyngeregler check', () => {
  const claims = [
    { id: 'A', category: 'catering', amount: 1200, date: '2025-03-27', documentation: { receipt: true } },
    { id: 'B', category: 'clinical-equipment', amount: 5000, date: '2025-04-01' },
  ];
  it('decides a batch given as an array, exit 1 with a violation', () => {
    const { code, out } = cli(['check', '-'], JSON.stringify(claims));
    expect(code).toBe(1);
    expect(out).toMatch(/Udgift 1 \(A\) +27\. marts 2025 +Forplejning +1\.200,00 kr\. +1\.200,00 kr\./);
    expect(out).toContain('✖ OVERTRÆDELSE · Udgift 2 (B)');
  });
  it('takes { expenses, context } and --scheme; JSON carries the audit block', () => {
    const doc = { expenses: [{ category: 'presenter-fee', amount: 6000, date: '2025-02-01', documentation: { receipt: true } }, { category: 'presenter-fee', amount: 6000, date: '2025-05-01', documentation: { receipt: true } }] };
    const { out } = cli(['check', '-', '--scheme', 'speciallaegepraksis', '--format', 'json'], JSON.stringify(doc));
    const result = JSON.parse(out) as { totals: { approved: string }; meta: { parameters: { table: string }[] } };
    expect(result.totals.approved).toBe('10000.00');
    expect(result.meta.parameters.map((p) => p.table)).toContain('specialistPresentersPerYear');
    expect(cli(['check', '-', '--scheme', 'speciallaegepraksis'], JSON.stringify(doc)).out).toContain('delvist godkendt (fælles loft for andre udgifter pr. år: 10.000,00 kr.)');
  });
  it('names the claim path of a bad claim and refuses other documents', () => {
    const bad = cli(['check', '-'], JSON.stringify([{ category: 'bowling', amount: 1, date: '2025-01-01' }]));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('at expenses[0].category: category must be one of');
    expect(cli(['check', '-'], '{"claims": []}').err).toContain('standard input is not a batch of claims');
  });
});

describe('klyngeregler grant, fee, vote', () => {
  it('grant: the year, patients and rate; errors name the flag', () => {
    const { code, out } = cli(['grant', '2024', '--patients', '48000']);
    expect(code).toBe(0);
    expect(out).toMatch(/Årets tilskud +170\.400,00 kr\. +udbetales fredag 1\. marts 2024/);
    const json = JSON.parse(cli(['grant', '2024', '--patients', '48000', '--format', 'json']).out) as { amount: string; meta: { parameters: { from: string }[] } };
    expect(json.amount).toBe('170400.00');
    expect(json.meta.parameters).toEqual([expect.objectContaining({ from: '2024-01-01', until: '2024-12-31' })]);
    const noRate = cli(['grant', '2031', '--patients', '48000']);
    expect(noRate.code).toBe(2);
    expect(noRate.err).toMatch(/^ {2}--rate: no grant rate is published for 2031/m);
    expect(cli(['grant', '2031', '--patients', '48000', '--rate', '4.00']).out).toContain('192.000,00 kr.');
    expect(cli(['grant', '2024', '--patients', 'many']).err).toContain("--patients must be a whole number (got 'many')");
    expect(cli(['grant', '2024']).err).toContain('grant needs --patients');
    expect(cli(['grant', '2024', '--patients', '10', '--rate', '1.234']).err).toMatch(/^ {2}--rate: /m);
  });
  it('fee: holders as id@date, vacancy as @date', () => {
    const { code, out } = cli(['fee', '--annual-fee', '50000', '--period-start', '2024-04-01', '--holder', 'A@2024-04-01', '--holder', 'B@2024-11-01']);
    expect(code).toBe(0);
    expect(out).toMatch(/A +7 +29\.166,67 kr\./);
    expect(out).toMatch(/B +5 +20\.833,33 kr\./);
    const vacant = cli(['fee', '--annual-fee', '12000', '--period-start', '2024-01-01', '--holder', 'A@2024-01-01', '--holder', '@2024-07-01', '--lang', 'en']);
    expect(vacant.out).toMatch(/vacant or unpaid +6 +DKK 6,000\.00/);
    expect(cli(['fee', '--annual-fee', '1', '--period-start', '2024-04-02', '--holder', 'A@2024-04-01']).err).toMatch(/^ {2}--period-start: /m);
    expect(cli(['fee', '--annual-fee', '1', '--period-start', '2024-04-01', '--holder', 'A']).err).toContain('--holder must be <id>@<date>');
  });
  it('vote: simple majority, blanks count for neither side', () => {
    expect(cli(['vote', '--yes', '12', '--no', '8', '--blank', '2']).out).toContain('Forslaget er vedtaget (12 for, 8 imod, 2 blanke)');
    expect(cli(['vote', '--yes', '5', '--no', '5', '--lang', 'en']).out).toContain('The proposal is not carried (5 for, 5 against, 0 blank)');
    expect(cli(['vote', '--yes', '5', '--no', '5', '--eligible', '3']).err).toMatch(/^ {2}--eligible: /m);
  });
});

describe('usage errors a person can read', () => {
  it('an unknown option, a missing value and an option of another command', () => {
    expect(cli(['report', GP, '--bogus'])).toMatchObject({ code: 2, err: 'klyngeregler: unknown option --bogus\nRun `klyngeregler report --help` for usage.\n' });
    expect(cli(['report', GP, '--format']).err).toContain('--format needs a value');
    expect(cli(['report', GP, '--ics']).err).toContain('--ics does not apply to report');
    expect(cli(['frobnicate']).err).toContain("unknown command 'frobnicate'");
  });
  it('says an empty document is empty', () => {
    expect(cli(['report', '-'], '  \n')).toMatchObject({ code: 2, err: expect.stringContaining('standard input is empty') });
  });
  it('suggests restructure for a merger document given to report', () => {
    const { code, err } = cli(['report', MERGER]);
    expect(code).toBe(2);
    expect(err).toContain('looks like a merger or split document');
    expect(err).toContain('klyngeregler restructure');
  });
  it('warns on standard error for a calendar year outside the known period, and not inside it', () => {
    const outside = cli(['calendar', '2031']);
    expect(outside.code).toBe(0);
    expect(outside.err).toContain('2031 is outside the period the rules are known for');
    expect(outside.out).toContain('2031');
    expect(cli(['calendar', '2025']).err).toBe('');
  });
  it('never shows a CPR-shaped number in usage errors or file names', () => {
    for (const args of [['report', GP, '--format', '0101901234'], ['report', 'klient-010190-1234.json'], ['frobnicate0101901234'], ['grant', '2024', '--patients', '010190-1234']]) {
      const { code, err } = cli(args);
      expect(code).toBe(2);
      expect(err).not.toMatch(/(?<!\d)\d{6}-?\d{4}(?!\d)/);
    }
  });
});

describe('long lists', () => {
  it('no spreading of arrays into function arguments in src/cli or src/render', () => {
    for (const dir of ['cli', 'render']) {
      for (const name of readdirSync(join(ROOT, 'src', dir))) {
        const text = readFileSync(join(ROOT, 'src', dir, name), 'utf8');
        expect(text.match(/\b(?:push|unshift|max|min|apply)\(\.\.\./g), `${dir}/${name}`).toBeNull();
      }
    }
  });
  it('report on 130,000 claims in text and markdown exits 1, not a stack overflow', { timeout: 180_000 }, () => {
    const doc = JSON.parse(readFileSync(GP, 'utf8')) as { expenses: unknown[] };
    doc.expenses = Array.from({ length: 130_000 }, () => ({ category: 'catering', amount: 100, date: '2025-05-01', documentation: { receipt: true } }));
    const text = JSON.stringify(doc);
    for (const format of ['text', 'markdown']) {
      const { code, out, err } = cli(['report', '-', '--format', format], text);
      expect(err).toBe('');
      expect(code).toBe(1);
      expect(out).toContain('Udgift 130000');
    }
  });
});

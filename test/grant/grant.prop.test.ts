import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { closeYear, closeYears, grantForYear, KlyngeInputError } from '../../src/index.js';

const ore = fc.integer({ min: 0, max: 100_000_000 });
const asNumber = (o: number): number => o / 100;
const asString = (o: number): string => (o / 100).toFixed(2);

test.prop([fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 0, max: 1_000_000 })])(
  'grantForYear: the published rate gives no findings and amount = patients × rate',
  (year, patients) => {
    const g = grantForYear({ year, patients });
    expect(g.findings).toEqual([]);
    const rateOre = Math.round(Number(g.rate) * 100);
    expect(g.amount).toBe(((patients * rateOre) / 100).toFixed(2));
  },
);

test.prop([ore, ore, fc.array(ore, { maxLength: 5 })])('closeYear: same result for numbers and strings; input not mutated', (o, g, s) => {
  const numbers = { year: 2025, openingBalance: asNumber(o), grant: asNumber(g), spent: s.map(asNumber) };
  const strings = { year: 2025, openingBalance: asString(o), grant: asString(g), spent: s.map(asString) };
  const copy = structuredClone(numbers);
  const a = closeYear(numbers);
  expect(closeYear(strings)).toEqual(a);
  expect(numbers).toEqual(copy);
  const closing = o + g - s.reduce((x, y) => x + y, 0);
  expect(a.closingBalance).toBe((closing / 100).toFixed(2));
  expect(a.findings.length).toBe(closing < 0 ? 1 : 0);
});

test.prop([ore, fc.array(fc.tuple(ore, ore), { minLength: 1, maxLength: 5 })])(
  'closeYears: each closing balance is the next opening balance',
  (opening, flows) => {
    const r = closeYears({ openingBalance: asString(opening), years: flows.map(([g, s], i) => ({ year: 2022 + i, grant: asNumber(g), spent: asNumber(s) })) });
    for (let i = 1; i < r.years.length; i += 1) expect(r.years[i]!.openingBalance).toBe(r.years[i - 1]!.closingBalance);
    expect(r.closingBalance).toBe(r.years.at(-1)!.closingBalance);
  },
);

test.prop([fc.anything()])('grantForYear and closeYear reject malformed input with KlyngeInputError only', (junk) => {
  for (const fn of [() => grantForYear(junk as never), () => closeYear(junk as never)]) {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(KlyngeInputError);
    }
  }
});

/**
 * Runs the language-neutral cases in test/conformance/*.json against the
 * public API. Format: see test/conformance/README.md.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { isRuleId } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';
import { mismatch } from '../support/match.js';
import { conformanceCases } from './cases.js';


const all = conformanceCases();
const files = [...new Set(all.map((c) => c.file))];

/** Exports that are about the library itself, not rules: no conformance case needed. */
const META = new Set(['isKlyngeInputError', 'listRules', 'isRuleId', 'sortFindings', 'hasViolations', 'KlyngeInputError']);

describe('conformance cases', () => {
  it('there are case files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('cover every public function, each with an accepted and a rejected input', () => {
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && !META.has(name))
      .map(([name]) => name)
      .sort();
    const missing = functions.filter((name) => !all.some((c) => c.fn === name && c.expected !== undefined));
    const neverRejected = functions.filter((name) => !all.some((c) => c.fn === name && c.throws !== undefined));
    expect(missing).toEqual([]);
    expect(neverRejected.filter((n) => !['standardAgenda', 'isValidCvr', 'isValidCpr'] /* total: no input is invalid */.includes(n))).toEqual([]);
  });
  for (const file of files) {
    describe(file, () => {
      for (const c of all.filter((x) => x.file === file)) {
        it(`${c.fn}: ${c.name}`, () => {
          const fn = (api as Record<string, unknown>)[c.fn];
          expect(typeof fn, `${c.fn} is a public function`).toBe('function');
          if (c.rule !== undefined) expect(isRuleId(c.rule), `${c.rule} is in the catalogue`).toBe(true);
          expect(c.expected !== undefined || c.throws !== undefined, 'a case states expected or throws').toBe(true);
          const call = () => (fn as (...args: unknown[]) => unknown)(...structuredClone(c.input));
          if (c.throws) {
            const issues = issuesOf(call);
            if (c.throws.path) expect(issues.map((i) => i.path)).toContainEqual(c.throws.path);
          } else {
            expect(mismatch(call(), c.expected)).toBeUndefined();
          }
        });
      }
    });
  }
});

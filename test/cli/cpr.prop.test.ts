/**
 * The command line never shows a CPR-shaped number: CPR-shaped strings put in
 * the string fields of the example documents reach neither standard output
 * (text and Markdown) nor standard error, whether the document is valid or not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = {
  report: JSON.parse(readFileSync(join(ROOT, 'examples', 'almen-praksis-2025.json'), 'utf8')) as unknown,
  specialist: JSON.parse(readFileSync(join(ROOT, 'examples', 'speciallaegepraksis-2025.json'), 'utf8')) as unknown,
  restructure: JSON.parse(readFileSync(join(ROOT, 'examples', 'omstrukturering-2026.json'), 'utf8')) as unknown,
};
const CPR_SHAPED = /(?<!\d)\d{6}-?\d{4}(?!\d)/;

/** Every path to a string value of a document. */
function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, k], out);
  return out;
}

function withValue(doc: unknown, path: readonly (string | number)[], value: string): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

const cpr = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([d, m, y, n, dash]) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(2, '0')}${dash ? '-' : ''}${String(n).padStart(4, '0')}`);
const text = fc.tuple(fc.constantFrom('', 'x', 'cpr_', 'Hr. '), cpr, fc.constantFrom('', 'y', ' nr.')).map((parts) => parts.join(''));
const which = fc.constantFrom('report', 'specialist', 'restructure' as const);

test.prop([which, fc.nat(), fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom('text', 'markdown' as const), fc.constantFrom('da', 'en' as const)], { numRuns: 40 })(
  'CPR-shaped strings in a document never reach the output or the errors',
  (name, seed, values, format, lang) => {
    const original = EXAMPLES[name];
    const paths = stringPaths(original).filter((p) => p[0] !== '$schema');
    let doc = original;
    values.forEach((v, i) => (doc = withValue(doc, paths[(seed + i * 7919) % paths.length]!, v)));
    const command = name === 'restructure' ? 'restructure' : 'report';
    let out = '';
    let err = '';
    const args = command === 'report' ? [command, '-', '--lang', lang, '--format', format, '--verbose'] : [command, '-', '--lang', lang];
    const code = runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTty: false, env: {}, stdin: () => Buffer.from(JSON.stringify(doc)) });
    expect([0, 1, 2]).toContain(code);
    expect(out).not.toMatch(CPR_SHAPED);
    expect(err).not.toMatch(CPR_SHAPED);
  },
);

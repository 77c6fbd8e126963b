/**
 * Every `@example` in the doc comments of `src/` runs, and every value it
 * states (`expr // value`) is checked (see docExamples.ts for the
 * convention). The examples are what typedoc shows a reader; this keeps
 * them true.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docExamples, expectedOf, sourceModules } from './docExamples.js';

const root = resolve(import.meta.dirname, '../..');
const examples = docExamples(root);

// Each example sees the public API, every export of every module in src/
// (examples of internal helpers use their neighbours), and its own module's
// exports first. Loaded once, when this file is collected.
const files = sourceModules(root);
const modules = new Map<string, Record<string, unknown>>(
  await Promise.all(files.map(async (file) => [file, (await import(pathToFileURL(resolve(root, file)).href)) as Record<string, unknown>] as const)),
);
const api = (await import('../../src/index.js')) as Record<string, unknown>;
const everything: Record<string, unknown> = Object.assign({}, ...modules.values(), api);

function scopeFor(file: string): Record<string, unknown> {
  return { readFileSync, ...everything, ...modules.get(file) };
}

describe('reading a value comment', () => {
  it('takes the shortest literal, before a remark', () => {
    expect(expectedOf("'2025-04-22' (skærtorsdag to 2. påskedag skipped)")).toEqual({ expected: "('2025-04-22')", partial: false });
    expect(expectedOf('4 (Thursday)')).toEqual({ expected: '(4)', partial: false });
    expect(expectedOf("{ rate: '3.55' } — the 2024 rate")).toEqual({ expected: "({ rate: '3.55' })", partial: false });
  });
  it('reads … as a partial match, prose as unchecked, and refuses a literal that does not parse', () => {
    expect(expectedOf("{ id: 'A', … }")).toEqual({ expected: "({ id: 'A' })", partial: true });
    expect(expectedOf("[{ severity: 'info', … }]")).toEqual({ expected: "([{ severity: 'info' }])", partial: true });
    expect(expectedOf('the same array')).toBeUndefined();
    expect(() => expectedOf("{ id: 'A' ")).toThrow('does not parse');
  });
});

describe('@example blocks in src/ are true', () => {
  it('finds the examples; each states at least one value, and no comment is left unchecked', () => {
    expect(examples.length).toBeGreaterThan(120);
    expect(examples.filter((e) => e.checks.length === 0).map((e) => `${e.file}:${e.line} ${e.name}`)).toEqual([]);
    expect(examples.flatMap((e) => e.prose.map((p) => `${e.file}:${e.line} ${p}`))).toEqual([]);
  });

  // Named by file and export, not by line, so that editing a doc comment does not rename the tests of the others.
  const seen = new Map<string, number>();
  for (const example of examples) {
    const key = `${example.file} ${example.name}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    it(seen.get(key)! > 1 ? `${key} (${seen.get(key)})` : key, () => {
      const scope = scopeFor(example.file);
      const actual: unknown[] = [];
      const names = Object.keys(scope);
      const run = new Function(...names, '__check', example.body) as (...args: unknown[]) => void;
      run(...names.map((n) => scope[n]), (index: number, value: () => unknown) => {
        actual[index] = value();
      });
      example.checks.forEach((check, index) => {
        const expected = (new Function(...names, `return (${check.expected});`) as (...args: unknown[]) => unknown)(...names.map((n) => scope[n]));
        const where = `${example.file}:${check.line}: ${check.code}`;
        expect(index in actual, `${where} was not reached`).toBe(true);
        if (check.partial) expect(actual[index], where).toMatchObject(expected as object);
        else expect(actual[index], where).toEqual(expected);
      });
    });
  }
});

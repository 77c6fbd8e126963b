/**
 * The language-neutral conformance cases (`test/conformance/*.json`), read in
 * one place for the test runner, the browser tests, docs/rules.md and the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One case: call `fn` with `input`; it gives `expected` (a subset match) or throws a KlyngeInputError at `throws.path`. */
export interface ConformanceCase {
  readonly name: string;
  readonly rule?: string;
  readonly fn: string;
  readonly input: unknown[];
  readonly expected?: unknown;
  readonly throws?: { readonly code: 'KLYNGE_INPUT'; readonly path?: (string | number)[] };
}

/** The folder of the case files. */
export const CONFORMANCE_DIR = import.meta.dirname;

/** Every case with the file it comes from, files in name order. */
export function conformanceCases(): (ConformanceCase & { readonly file: string })[] {
  return readdirSync(CONFORMANCE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(join(CONFORMANCE_DIR, file), 'utf8')) as { cases: ConformanceCase[] }).cases.map((c) => ({ ...c, file })));
}

/**
 * The package as a consumer sees it (through its own name and "exports", on
 * the built dist/): the render entry in CJS and ESM, the JSON Schemas and the
 * conformance cases.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const doc = JSON.parse(readFileSync(join(ROOT, 'examples', 'almen-praksis-2025.json'), 'utf8')) as unknown;

describe('the package exports', () => {
  it('klyngeregler/render from CommonJS renders what the CLI prints', () => {
    const lib = require('klyngeregler') as typeof import('../../src/index.js');
    const render = require('klyngeregler/render') as typeof import('../../src/render/index.js');
    const report = lib.evaluateClusterYear(doc as never);
    const text = render.renderReport(report, { lang: 'da', document: doc as never });
    expect(text.split('\n')[0]).toBe('Årsrapport 2025 — Klynge Vestegnen (K-VESTEGNEN)');
    expect(render.EXPENSE_CATEGORY_LABELS['clinic-operations'].label.da).toBe('Klinikdrift');
  });

  it('klyngeregler/render from ESM', async () => {
    const render = (await import(pathToFileURL(require.resolve('klyngeregler/render').replace(/render\.cjs$/, 'render/index.js')).href)) as typeof import('../../src/render/index.js');
    expect(render.VERDICT_LABELS.partly.da).toBe('delvist godkendt');
    expect(render.renderReport).toBeTypeOf('function');
  });

  it('the JSON Schemas, with $ids that are their file names', () => {
    const schema = require('klyngeregler/schema/cluster-year.json') as { $id: string; title: string };
    expect(schema.$id).toBe('cluster-year.json');
    expect((require('klyngeregler/schema/expense.json') as { $id: string }).$id).toBe('expense.json');
  });

  it('the conformance cases', () => {
    const cases = require('klyngeregler/conformance/money.json') as unknown;
    expect(cases).toEqual(JSON.parse(readFileSync(join(ROOT, 'test', 'conformance', 'money.json'), 'utf8')));
  });
});

/**
 * No rendered report shows a CPR-shaped number, whatever the caller puts in
 * the string fields of the document (names, ids, descriptions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { renderReport } from '../../src/render/index.js';

const doc = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'almen-praksis-2025.json'), 'utf8')) as ClusterYear;
const CPR_SHAPED = /(?<!\d)\d{6}-?\d{4}(?!\d)/;
const cpr = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([d, m, y, n, dash]) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(2, '0')}${dash ? '-' : ''}${String(n).padStart(4, '0')}`);
const around = fc.tuple(fc.constantFrom('', 'x', 'cpr_', 'Anne '), cpr, fc.constantFrom('', 'b', ' (læge)'));

test.prop([around, around, around, fc.constantFrom('text', 'markdown', 'html' as const), fc.constantFrom('da', 'en' as const)], { numRuns: 25 })(
  'CPR-shaped text in names, ids and descriptions never reaches the output',
  (a, b, c, format, lang) => {
    const copy = structuredClone(doc);
    copy.cluster.name = a.join('');
    copy.cluster.doctors[0]!.name = b.join('');
    copy.expenses![0]!.id = c.join('');
    copy.expenses![1]!.description = b.join('');
    copy.expenses![23]!.meeting!.id = a.join('');
    copy.expenses![24]!.meeting!.id = a.join('');
    const out = renderReport(evaluateClusterYear(copy), { format, lang, verbose: true, document: copy });
    expect(out).not.toMatch(CPR_SHAPED);
  },
);

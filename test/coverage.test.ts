import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageProblems, renderCoverageDoc } from '../scripts/source-coverage/coverageDoc.js';
import { SOURCE_SECTIONS } from '../scripts/source-coverage/sections.js';

describe('source coverage (docs/coverage.md)', () => {
  it('accounts for every section: cited by a rule or marked not modelled with a reason, and every citation is listed', () => {
    expect(coverageProblems()).toEqual([]);
  });

  it('lists every numbered section 1.1–11.2 of klyngeregler-2023 and the notice paragraph', () => {
    const sections = SOURCE_SECTIONS.filter((s) => s.document === 'klyngeregler-2023').map((s) => s.section);
    for (const s of ['1.1', '2.1', '2.3', '3.3', '4', '4.1', '4.2', '4.3', '5.4', '6.2', '7.3', '8.1', '9.2', '10.5', '11.2']) expect(sections).toContain(s);
    expect(sections).toHaveLength(30);
  });

  it('is generated and up to date (run `npm run docs:coverage`)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'coverage.md'), 'utf8')).toBe(renderCoverageDoc());
  });
});

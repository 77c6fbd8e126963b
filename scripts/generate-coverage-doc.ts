/**
 * Writes docs/coverage.md from scripts/source-coverage/sections.ts and the catalogue.
 * Usage: tsx scripts/generate-coverage-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCoverageDoc } from './source-coverage/coverageDoc.js';

const target = join(import.meta.dirname, '..', 'docs', 'coverage.md');
writeFileSync(target, renderCoverageDoc());
console.log(`wrote ${target}`);

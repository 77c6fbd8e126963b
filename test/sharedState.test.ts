/**
 * Test files share each worker's modules (`isolate: false` in
 * vitest.config.ts), so no test may change state that another file could
 * see: no module mocks, no stubbed globals or environment, no fake timers,
 * no global fast-check settings (only the seed setup file sets them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../scripts/rules-doc.js';

const ROOT = join(import.meta.dirname, '..');
const SHARED_STATE = /\bvi\.(?:mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|resetModules)\(|\bfc\.configureGlobal\(|\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)/;

/** The lines of a file that change state shared between test files. */
function sharedStateChanges(text: string, file: string): string[] {
  return text.split('\n').flatMap((line, i) => (SHARED_STATE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('state shared between test files', () => {
  it('recognises what changes it', () => {
    expect(sharedStateChanges("vi.mock('../src/index.js');\nprocess.env.TZ = 'UTC';\nfc.configureGlobal({ numRuns: 5 });", 'x.ts')).toHaveLength(3);
    expect(sharedStateChanges("if (process.env.TZ === 'UTC') vi.fn();", 'x.ts')).toEqual([]);
  });

  it('no test file changes it (only the seed setup file configures fast-check)', () => {
    const changes = filesUnder('test', '.ts')
      .filter((file) => file !== 'test/support/seed.ts' && file !== 'test/sharedState.test.ts')
      .flatMap((file) => sharedStateChanges(readFileSync(join(ROOT, file), 'utf8'), file));
    expect(changes).toEqual([]);
  });
});

/**
 * Writes test/fixtures/source-shingles.json: hashes of every run of 8
 * consecutive words in the source texts (../shared/sources). The catalogue
 * test uses it to prove that no rule summary copies a sentence from a source,
 * without shipping the sources themselves.
 * Usage: tsx scripts/source-shingles.ts [sources-dir]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHINGLE_WORDS = 8;

/** Normalised words of a text: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Short hash of one shingle. */
export function shingleHash(ws: readonly string[]): string {
  return createHash('sha256').update(ws.join(' ')).digest('hex').slice(0, 12);
}

if (process.argv[1]?.endsWith('source-shingles.ts')) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'sources');
  const hashes = new Set<string>();
  for (const name of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')) {
    const ws = words(readFileSync(join(dir, name), 'utf8'));
    for (let i = 0; i + SHINGLE_WORDS <= ws.length; i += 1) hashes.add(shingleHash(ws.slice(i, i + SHINGLE_WORDS)));
  }
  writeFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'source-shingles.json'), `${JSON.stringify([...hashes].sort())}\n`);
  console.log(`${hashes.size} shingles`);
}

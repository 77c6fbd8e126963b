/** The size guard of the site: every file the page loads, gzipped, must total at most 300 kB. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most the page may load, gzipped, in bytes (300 kB). */
export const SIZE_LIMIT = 300_000;

/**
 * Raw and gzipped (level 9) size of each file in the site's output folder.
 *
 * @example
 * distSizes('site/dist').map((s) => s.file) // ['app.js', 'index.html', 'style.css']
 */
export function distSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}

/**
 * vitest global setup: the CLI tests run the built binary, so build dist/
 * when any source file is newer than it (or it is missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  const index = join(ROOT, 'dist', 'index.js');
  if (existsSync(cli) && existsSync(index) && statSync(cli).mtimeMs >= newest(join(ROOT, 'src'))) return;
  execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}

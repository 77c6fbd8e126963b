#!/usr/bin/env node
/**
 * `npm run mutation [-- <area> …]`: Stryker over the given areas of `src/`
 * (a directory or a file each, e.g. `src/rules/fees` or
 * `src/core/money.ts`), or over everything `stryker.config.json` mutates when
 * none is given. A by-hand tool, not a gate (docs/quality.md). Stryker
 * prints the score per file and for the whole run, which is the area's
 * score when one area is given. Its incremental file and reports go to
 * `reports/mutation/` (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const areas = process.argv.slice(2);
for (const area of areas) {
  if (!existsSync(area)) {
    console.error(`mutation: ${area} does not exist (give a directory or a file under src/)`);
    process.exit(2);
  }
}
const patterns = areas.map((area) => (statSync(area).isDirectory() ? `${area.replace(/\/+$/, '')}/**/*.ts` : area));
const args = ['stryker', 'run', ...(patterns.length > 0 ? ['--mutate', patterns.join(',')] : [])];
console.log(`npx ${args.join(' ')}`);
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);

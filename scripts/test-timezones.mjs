#!/usr/bin/env node
/**
 * Runs the whole vitest suite once per time zone, so no result can depend on
 * the machine's zone. The first run also measures coverage and enforces its
 * thresholds. Extra arguments are passed to vitest.
 */
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const extra = process.argv.slice(2);
let failed = 0;
let passed = 0;
for (const [index, tz] of zones.entries()) {
  const args = ['vitest', 'run', ...(index === 0 ? ['--coverage'] : []), ...extra];
  console.log(`\n=== TZ=${tz}: npx ${args.join(' ')}`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (result.status === 0) passed += 1;
  else failed += 1;
}
console.log(`\ntime zones: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

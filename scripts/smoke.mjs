#!/usr/bin/env node
/**
 * Smoke test of the built package: packs it, installs the tarball into an
 * empty project, and uses it from ESM, from CommonJS and from a TypeScript
 * consumer (moduleResolution node16 and bundler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'klyngeregler-smoke-'));
const run = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  run('npm', ['pack', '--pack-destination', work, '--silent'], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball), join(root, 'node_modules', 'typescript')]);

  writeFileSync(
    join(work, 'esm.mjs'),
    `import { allocate, addWorkingDays, KlyngeInputError } from 'klyngeregler';
const parts = allocate(100000, [30000, 20000, 10000]);
if (parts.join() !== '50000.00,33333.33,16666.67') throw new Error('ESM allocate: ' + parts);
if (addWorkingDays('2025-04-24', -10) !== '2025-04-07') throw new Error('ESM addWorkingDays');
try { allocate(1, []); throw new Error('no throw'); } catch (e) { if (!(e instanceof KlyngeInputError)) throw e; }
console.log('esm ok');
`,
  );
  writeFileSync(
    join(work, 'cjs.cjs'),
    `const { allocate, formatKroner } = require('klyngeregler');
if (formatKroner(allocate(50000, [7, 5])[0]) !== '29.166,67 kr.') throw new Error('CJS');
console.log('cjs ok');
`,
  );
  writeFileSync(
    join(work, 'data.cjs'),
    `const schema = require('klyngeregler/schema/cluster-year.json');
const cases = require('klyngeregler/conformance/money.json');
const { renderReport } = require('klyngeregler/render');
if (schema.$id !== 'cluster-year.json' || !schema.properties || !schema.properties.cluster) throw new Error('schema');
if (!Array.isArray(cases.cases ?? cases) || (cases.cases ?? cases).length === 0) throw new Error('conformance');
if (typeof renderReport !== 'function') throw new Error('render');
console.log('schema, conformance and render ok');
`,
  );
  writeFileSync(
    join(work, 'consumer.ts'),
    `import { allocate, type Finding, type IsoDate } from 'klyngeregler';
const parts: string[] = allocate(10, [1, 1]);
const d: IsoDate = '2025-01-01';
const f: Finding[] = [];
export { parts, d, f };
`,
  );
  console.log(run('node', ['esm.mjs']).trim());
  console.log(run('node', ['cjs.cjs']).trim());
  console.log(run('node', ['data.cjs']).trim());
  for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
    run('npx', ['tsc', '--noEmit', '--strict', '--module', module, '--moduleResolution', resolution, '--skipLibCheck', 'false', 'consumer.ts']);
    console.log(`typescript ${resolution} ok`);
  }
  console.log('smoke: 5 passed, 0 failed');
} finally {
  rmSync(work, { recursive: true, force: true });
}

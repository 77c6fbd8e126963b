import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };
/** The package's entry points: the rules (`.`) and the presentation (`./render`). */
const entries = { index: 'src/index.ts', render: 'src/render/index.ts' };

/** Ship the language-neutral conformance cases as `dist/conformance/*.json` (exported as `klyngeregler/conformance/*.json`). */
function copyConformance(): Promise<void> {
  mkdirSync('dist/conformance', { recursive: true });
  for (const file of readdirSync('test/conformance')) if (file.endsWith('.json')) cpSync(`test/conformance/${file}`, `dist/conformance/${file}`);
  return Promise.resolve();
}

export default defineConfig([
  // ESM: one file per module, so bundlers can drop what an application does not import.
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
  },
  // CJS, bundled per entry.
  {
    entry: entries,
    format: ['cjs'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  },
  // Declarations of both entries for ESM (.d.ts) and CJS (.d.cts), in one pass.
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { ...dts, only: true },
    clean: false,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    onSuccess: copyConformance,
  },
]);

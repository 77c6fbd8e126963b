import { defineConfig } from 'tsup';

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

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
  // Declarations (bundled) for ESM and CJS, and the CJS build (bundled).
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { ...dts, entry: { index: 'src/index.ts' } },
    clean: false,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

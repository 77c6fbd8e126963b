// TEMPORARY: used only for a local mutation run of the money areas; delete afterwards.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/grant/**/*.test.ts', 'test/fees/**/*.test.ts', 'test/restructuring/**/*.test.ts'],
    environment: 'node',
  },
});

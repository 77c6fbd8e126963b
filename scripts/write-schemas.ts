/**
 * Writes schema/<name>.json, the JSON Schema of every public input document,
 * from the zod schemas. With --check, fails when a file is stale.
 * Usage: tsx scripts/write-schemas.ts [--check]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputSchemas, jsonSchemaFor } from '../src/index.js';
import type { InputSchemaName } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'schema');

/** The text of each schema file by file name. */
export function schemaFiles(): Map<string, string> {
  return new Map(Object.keys(inputSchemas).map((name) => [`${name}.json`, `${JSON.stringify(jsonSchemaFor(name as InputSchemaName), null, 2)}\n`]));
}

if (process.argv[1]?.endsWith('write-schemas.ts')) {
  const files = schemaFiles();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([file, text]) => {
      try {
        return readFileSync(join(dir, file), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`stale JSON Schema files: ${stale.map(([f]) => f).join(', ')}; run \`npm run schema\``);
      process.exit(1);
    }
  } else {
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of files) writeFileSync(join(dir, file), text);
    console.log(`wrote ${files.size} schemas to ${dir}`);
  }
}

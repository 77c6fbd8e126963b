/**
 * Internal: every key of a document that its zod schema does not know, found
 * by walking the schema, so a misspelt key anywhere in the document (also
 * inside objects an area declares without `.strict()`) is an input error that
 * names the key and its path.
 */
import type { z } from 'zod';
import { echo } from '../../core/errors.js';
import type { InputIssue } from '../../core/errors.js';

type Path = readonly (string | number)[];

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(schema: z.ZodType, value: unknown, path: Path, issues: InputIssue[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      if (def.innerType !== undefined) walk(def.innerType, value, path, issues);
      return;
    case 'pipe':
      if (def.in !== undefined) walk(def.in, value, path, issues);
      return;
    case 'array':
      if (def.element !== undefined && Array.isArray(value)) value.forEach((item, index) => walk(def.element!, item, [...path, index], issues));
      return;
    case 'object': {
      if (!isRecord(value) || def.shape === undefined) return;
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      const unknown = Object.keys(value).filter((key) => !Object.prototype.hasOwnProperty.call(def.shape, key));
      // zod itself reports the unknown keys of a strict object
      if (!strict && def.catchall === undefined && unknown.length > 0) {
        issues.push({ path, message: `Unrecognized key${unknown.length === 1 ? '' : 's'}: ${unknown.map((k) => `"${echo(k)}"`).join(', ')}` });
      }
      for (const [key, child] of Object.entries(def.shape)) if (key in value) walk(child, value[key], [...path, key], issues);
      return;
    }
    default:
      return;
  }
}

/**
 * Internal: the unknown keys of `value` under `schema`, one issue per object
 * that has any (path of the object, message naming the keys, as zod words it
 * for strict objects). Strict objects are left to zod; unions are not walked.
 *
 * @example
 * unknownKeys(coordinatorFeeSchema, { holders: [], colour: 'blue' }) // [] (a strict object: zod reports it)
 */
export function unknownKeys(schema: z.ZodType, value: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  walk(schema, value, [], issues);
  return issues;
}

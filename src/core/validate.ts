import type { z } from 'zod';
import { fromZodError } from './errors.js';

/**
 * Validate `input` against `schema`; return the parsed value or throw
 * {@link KlyngeInputError} with zod's paths. The one place inputs are checked.
 *
 * @example
 * parseInput(isoDateSchema, '2025-03-27', ['meeting']) // '2025-03-27' (else a KlyngeInputError at ['meeting'])
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, basePath: readonly (string | number)[] = []): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, basePath);
  return result.data;
}

import type { z } from 'zod';
import { fromZodError, inputError, isKlyngeInputError } from './errors.js';

/**
 * Internal: run `read`, which reads a caller's input; an input that cannot
 * be read (a revoked Proxy, a getter that throws a TypeError) is a
 * {@link KlyngeInputError} at `path` (code `unreadable-input`), never a
 * TypeError.
 *
 * @example
 * const { proxy, revoke } = Proxy.revocable({}, {});
 * revoke();
 * let code;
 * try { readInput(['options'], () => Array.isArray(proxy)); } catch (e) { code = e.issues[0].code; }
 * code // 'unreadable-input'
 */
export function readInput<T>(path: readonly (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isKlyngeInputError(error) || !(error instanceof TypeError)) throw error;
    throw inputError(path, 'the input could not be read (a revoked Proxy, or a getter that throws)', 'unreadable-input', 'input kunne ikke læses (en tilbagekaldt Proxy eller en getter, der fejler)');
  }
}

/**
 * Validate `input` against `schema`; return the parsed value or throw
 * {@link KlyngeInputError} with zod's paths. The one place inputs are checked.
 *
 * @example
 * parseInput(isoDateSchema, '2025-03-27', ['meeting']) // '2025-03-27' (else a KlyngeInputError at ['meeting'])
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, basePath: readonly (string | number)[] = []): z.output<S> {
  const result = readInput(basePath, () => schema.safeParse(input));
  if (!result.success) throw fromZodError(result.error, basePath);
  return result.data;
}

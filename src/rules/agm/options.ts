/** Options shared by the AGM deadline functions. */
import { z } from 'zod';
import { isoDateSchema } from '../../core/dates.js';
import { resolveCalendar } from '../../core/calendar/workingDays.js';
import type { CalendarOptions, ResolvedCalendar } from '../../core/calendar/workingDays.js';
import { parseInput } from '../../core/validate.js';

/**
 * zod schema for {@link AgmOptions}: the calendar options plus
 * `noticeOnWorkingDay` and `meetingKind`. Unknown keys are rejected.
 *
 * @example
 * agmOptionsSchema.parse({ closedDays: 'holidays-only', noticeOnWorkingDay: true }) // { closedDays: 'holidays-only', noticeOnWorkingDay: true }
 */
export const agmOptionsSchema = z
  .object({
    closedDays: z.enum(['statutory', 'holidays-only']).optional(),
    extraClosedDays: z.array(isoDateSchema).optional(),
    noticeOnWorkingDay: z.boolean().optional(),
    meetingKind: z.enum(['ordinary', 'extraordinary']).optional(),
  })
  .strict();

/**
 * Options of the AGM deadline functions. `closedDays` / `extraClosedDays` as
 * in {@link CalendarOptions}; `noticeOnWorkingDay` (default false) moves the
 * notice deadline back to a working day; `meetingKind` (default `'ordinary'`)
 * — an extraordinary meeting gets no window warning.
 */
export type AgmOptions = z.input<typeof agmOptionsSchema>;

/** Internal: validated options. */
export interface ResolvedAgmOptions {
  readonly calendar: ResolvedCalendar;
  readonly calendarOptions: CalendarOptions;
  readonly noticeOnWorkingDay: boolean;
  readonly meetingKind: 'ordinary' | 'extraordinary';
}

let defaultOptions: ResolvedAgmOptions | undefined;

/**
 * Internal: validate AGM options (throws KlyngeInputError under `path`).
 * Without options (the common case) the defaults are resolved once and the
 * same object is returned on every call: no schema parse per call. Callers
 * must not mutate the result.
 *
 * @example
 * resolveAgmOptions(undefined) === resolveAgmOptions(undefined) // true
 * resolveAgmOptions({ closedDays: 'holidays-only' }).calendar.statutory // false
 */
export function resolveAgmOptions(options: unknown, path: readonly (string | number)[] = ['options']): ResolvedAgmOptions {
  if (options !== undefined) return resolveOptions(options, path);
  defaultOptions ??= resolveOptions({}, path);
  return defaultOptions;
}

function resolveOptions(options: unknown, path: readonly (string | number)[]): ResolvedAgmOptions {
  const parsed = parseInput(agmOptionsSchema, options, path);
  const calendarOptions: CalendarOptions = {
    ...(parsed.closedDays === undefined ? {} : { closedDays: parsed.closedDays }),
    ...(parsed.extraClosedDays === undefined ? {} : { extraClosedDays: parsed.extraClosedDays }),
  };
  return {
    calendar: resolveCalendar(calendarOptions, path),
    calendarOptions,
    noticeOnWorkingDay: parsed.noticeOnWorkingDay === true,
    meetingKind: parsed.meetingKind ?? 'ordinary',
  };
}

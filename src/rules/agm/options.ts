/** Options shared by the AGM deadline functions. */
import { z } from 'zod';
import { calendarOptionsSchema, resolveCalendar } from '../../core/calendar/workingDays.js';
import type { ResolvedCalendar } from '../../core/calendar/workingDays.js';
import { parseInput } from '../../core/validate.js';

/**
 * zod schema for {@link AgmOptions}: the calendar options (`closedDays`,
 * `extraClosedDays`) extended with `noticeOnWorkingDay` and `meetingKind`.
 * Unknown keys are rejected.
 *
 * @example
 * agmOptionsSchema.parse({ closedDays: 'holidays-only', noticeOnWorkingDay: true }) // { closedDays: 'holidays-only', noticeOnWorkingDay: true }
 * agmOptionsSchema.safeParse({ closedDays: 'weekends' }).success // false
 */
export const agmOptionsSchema = calendarOptionsSchema
  .extend({
    noticeOnWorkingDay: z
      .boolean()
      .optional()
      .describe('Move a notice deadline that is not a working day back to the previous working day (default false)'),
    meetingKind: z
      .enum(['ordinary', 'extraordinary'])
      .optional()
      .describe("'ordinary' (default) or 'extraordinary': an extraordinary meeting gets no window warning"),
  })
  .strict();

/**
 * Options of the AGM deadline functions. `closedDays` / `extraClosedDays` as
 * in the calendar options; `noticeOnWorkingDay` (default false) moves the
 * notice deadline back to a working day; `meetingKind` (default `'ordinary'`)
 * — an extraordinary meeting gets no window warning.
 */
export type AgmOptions = z.input<typeof agmOptionsSchema>;

/** Internal: validated options. */
export interface ResolvedAgmOptions {
  readonly calendar: ResolvedCalendar;
  readonly noticeOnWorkingDay: boolean;
  readonly meetingKind: 'ordinary' | 'extraordinary';
}

/**
 * `meetingKind: 'extraordinary'` applies `agm.extraordinary-meeting` (the same notice, proposal and minutes rules; no first-quarter window).
 * Internal: validate AGM options (throws KlyngeInputError under `path`).
 *
 * @example
 * resolveAgmOptions(undefined).meetingKind // 'ordinary'
 * resolveAgmOptions({ closedDays: 'holidays-only' }).calendar.statutory // false
 */
export function resolveAgmOptions(options: unknown, path: readonly (string | number)[] = ['options']): ResolvedAgmOptions {
  const parsed = parseInput(agmOptionsSchema, options === undefined ? {} : options, path);
  const calendarOptions = {
    ...(parsed.closedDays === undefined ? {} : { closedDays: parsed.closedDays }),
    ...(parsed.extraClosedDays === undefined ? {} : { extraClosedDays: parsed.extraClosedDays }),
  };
  return {
    calendar: resolveCalendar(calendarOptions, path),
    noticeOnWorkingDay: parsed.noticeOnWorkingDay === true,
    meetingKind: parsed.meetingKind ?? 'ordinary',
  };
}

/** The shape of one dated duty in the cluster year, and its schema. */
import { z } from 'zod';
import type { RuleId } from '../../ruleCatalogue.js';
import type { Bilingual } from '../../core/ruleEntry.js';
import { isoDateSchema } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import type { SourceRef } from '../../core/sources.js';

/** One dated duty or fact of the cluster year (an all-day event). */
export interface CalendarEvent {
  /** Stable id, e.g. `2025-registration`; the iCalendar UID is derived from it. */
  readonly id: string;
  readonly date: IsoDate;
  readonly title: Bilingual;
  readonly description?: Bilingual;
  /** The catalogue rule the event comes from. */
  readonly rule: RuleId;
  readonly source: SourceRef;
  /** When a deadline fell on a closed day: the date it was moved from. */
  readonly movedFrom?: IsoDate;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

/**
 * Internal: free text that can go into an iCalendar TEXT value (tabs and line breaks allowed).
 *
 * @example
 * textSchema.safeParse('a\tb\nc').success // true
 * textSchema.safeParse('a\u0007').success // false
 */
export const textSchema = z
  .string()
  .min(1)
  .refine((value) => !CONTROL.test(value), { message: 'text must not contain control characters (other than tab and line breaks) or unpaired surrogates' });

const bilingualSchema = z.object({ da: textSchema, en: textSchema }).strict();

/**
 * zod schema for a {@link CalendarEvent} as {@link toICalendar} accepts it:
 * `id` of letters, digits, `.`, `_` and `-` (it becomes the UID); `rule` any
 * non-empty id (your own events need not be catalogue rules).
 *
 * @example
 * calendarEventSchema.safeParse({ id: 'x', date: '2025-03-01', title: { da: 'a', en: 'b' }, rule: 'calendar.grant-payment', source: { document: 'kiap-guide', section: 'Klyngens økonomi' } }).success // true
 */
export const calendarEventSchema = z
  .object({
    id: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'id must be letters, digits, ".", "_" or "-", starting with a letter or digit' }),
    date: isoDateSchema,
    title: bilingualSchema,
    description: bilingualSchema.optional(),
    rule: z.string().min(1),
    source: z.object({ document: z.string().min(1), section: textSchema }).strict(),
    movedFrom: isoDateSchema.optional(),
  })
  .strict();

/** A calendar event as accepted by {@link toICalendar} (any rule id). */
export type CalendarEventInput = z.input<typeof calendarEventSchema>;

/**
 * RFC 5545 export of calendar events: all-day VEVENTs with stable UIDs,
 * escaped TEXT values, CRLF line endings and lines folded at 75 octets
 * (never inside a UTF-8 character). Deterministic: DTSTAMP is derived from
 * the event date, never from a clock.
 */
import { z } from 'zod';
import { addDays } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { echo, inputError, redactCpr } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { calendarEventSchema, textSchema } from './event.js';
import type { CalendarEventInput } from './event.js';

/**
 * zod schema for the options of {@link toICalendar}: `prodId` (default
 * `-//klyngeregler//klyngeregler//DA` or `//EN`), `calendarName` (sets
 * `X-WR-CALNAME` and `NAME`), `lang` (default `'da'`) for titles and descriptions,
 * `uidDomain` (default `klyngeregler`): the part after `@` in every UID — give
 * each cluster its own (e.g. `k17.klynge.example`) so that two clusters'
 * calendars imported into one calendar app do not replace each other's events.
 *
 * @example
 * toICalendarOptionsSchema.parse({ lang: 'en', calendarName: 'Klyngens år' }) // { lang: 'en', calendarName: 'Klyngens år' }
 */
export const toICalendarOptionsSchema = z
  .object({
    prodId: textSchema.optional(),
    calendarName: textSchema.optional(),
    lang: z.enum(['da', 'en']).optional(),
    uidDomain: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?$/, { message: 'uidDomain must be letters, digits, dots, hyphens or underscores (like a domain name), at most 253 characters' })
      .optional(),
  })
  .strict();

/** Options of {@link toICalendar}. */
export type ToICalendarOptions = z.input<typeof toICalendarOptionsSchema>;

const MAX_OCTETS = 75;

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Fold a content line (RFC 5545 §3.1): at most 75 octets per line, continuation lines start with a space. */
function fold(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function basicDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

function sourceLine(source: { document: string; section: string }, rule: string, lang: 'da' | 'en'): string {
  const section = /^\d/.test(source.section) ? `§ ${source.section}` : source.section;
  return lang === 'da' ? `Kilde: ${source.document}, ${section} (regel ${rule})` : `Source: ${source.document}, ${section} (rule ${rule})`;
}

/**
 * Render calendar events as an RFC 5545 iCalendar file (VERSION 2.0,
 * CALSCALE GREGORIAN, METHOD PUBLISH), one all-day VEVENT per event:
 * `UID:<id>@<uidDomain>` (`klyngeregler` by default), `DTSTAMP` = the event date at 00:00:00 UTC (no
 * clock), `DTSTART;VALUE=DATE`, `DTEND;VALUE=DATE` the next day, SUMMARY
 * from the title, DESCRIPTION from the description plus the source and rule,
 * `TRANSP:TRANSPARENT`. Text is escaped, lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character.
 *
 * @param events - the events (e.g. from {@link annualCalendar}); at least one, ids unique
 * @param options - `prodId`, `calendarName`, `lang` (`'da'` default), `uidDomain`
 * @throws {KlyngeInputError} for a malformed event, duplicate ids, an empty list or unknown options.
 * @example
 * toICalendar(annualCalendar({ year: 2025 }), { lang: 'en' }).split('\r\n')[0] // 'BEGIN:VCALENDAR'
 * toICalendar(annualCalendar({ year: 2025 }), { uidDomain: 'k17.klynge.example' }).split('\r\n')[6] // 'UID:2025-registration@k17.klynge.example'
 */
export function toICalendar(events: readonly CalendarEventInput[], options?: ToICalendarOptions): string {
  const list = parseInput(z.array(calendarEventSchema).min(1, { message: 'a calendar needs at least one event' }), events, ['events']);
  const opts = parseInput(toICalendarOptionsSchema, options === undefined ? {} : options, ['options']);
  const lang = opts.lang ?? 'da';
  const uidDomain = opts.uidDomain ?? 'klyngeregler';
  const seen = new Set<string>();
  list.forEach((event, index) => {
    if (seen.has(event.id)) throw inputError(['events', index, 'id'], `duplicate event id '${echo(event.id)}'`);
    seen.add(event.id);
  });

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(opts.prodId ?? `-//klyngeregler//klyngeregler//${lang.toUpperCase()}`)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`, `NAME:${escapeText(opts.calendarName)}`);
  for (const event of list) {
    const description = [event.description?.[lang], sourceLine(event.source, event.rule, lang)]
      .filter((part) => part !== undefined)
      .map(escapeText)
      .join('\\n\\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${uidDomain}`,
      `DTSTAMP:${basicDate(event.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.title[lang])}`,
      `DESCRIPTION:${description}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  // The one place every text of the file passes (SUMMARY, DESCRIPTION, UID, names): no CPR-shaped number leaves it.
  return lines.map((line) => fold(redactCpr(line))).join('\r\n') + '\r\n';
}

/**
 * RFC 5545 export of calendar events: all-day VEVENTs with stable UIDs,
 * escaped TEXT values, CRLF line endings and lines folded at 75 octets
 * (never inside a UTF-8 character), optional reminders (VALARM).
 * Deterministic: DTSTAMP is the caller's `generatedAt` or derived from the
 * event date, never from a clock.
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
 * calendars imported into one calendar app do not replace each other's events;
 * `alarms`: reminders added to every event (e.g. `[{ daysBefore: 7 }]`);
 * `generatedAt` (an ISO date-time in UTC that the caller passes, e.g.
 * `'2025-01-15T09:30:00Z'`) and `sequence` (the revision number) so that
 * calendar apps see changed dates when a calendar is published again.
 *
 * @example
 * toICalendarOptionsSchema.parse({ lang: 'en', calendarName: 'Klyngens år' }) // { lang: 'en', calendarName: 'Klyngens år' }
 * toICalendarOptionsSchema.safeParse({ generatedAt: '2025-01-15T10:30:00+01:00' }).success // false (UTC only)
 */
export const toICalendarOptionsSchema = z
  .object({
    prodId: textSchema.optional().describe('PRODID of the file (default -//klyngeregler//klyngeregler//DA or //EN)'),
    calendarName: textSchema.optional().describe('Name of the calendar (X-WR-CALNAME and NAME)'),
    lang: z.enum(['da', 'en']).optional().describe("Language of titles and descriptions: 'da' (default) or 'en'"),
    uidDomain: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?$/, { message: 'uidDomain must be letters, digits, dots, hyphens or underscores (like a domain name), at most 253 characters' })
      .optional()
      .describe('The part after @ in every UID (default klyngeregler); one per cluster keeps two clusters\' events apart'),
    alarms: z
      .array(
        z
          .object({
            daysBefore: z.number().int().min(0).max(365).describe('Days before the event (0 = at the start of the day) when the reminder shows'),
          })
          .strict(),
      )
      .max(10)
      .optional()
      .describe('Reminders (VALARM, shown on screen) added to every event'),
    generatedAt: z.iso
      .datetime({ message: 'generatedAt must be an ISO date-time in UTC, e.g. 2025-01-15T09:30:00Z' })
      .optional()
      .describe('When the calendar was made (ISO date-time in UTC, passed by the caller; no clock is read): DTSTAMP and LAST-MODIFIED of every event'),
    sequence: z
      .number()
      .int()
      .min(0)
      .max(2_147_483_647)
      .optional()
      .describe('Revision number of the events (SEQUENCE); raise it when a published calendar changes'),
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

/** `'2025-01-15T09:30:00.5Z'` → `'20250115T093000Z'` (RFC 5545 UTC date-time; fractions of a second dropped). */
function basicDateTime(dateTime: string): string {
  return `${basicDate(dateTime.slice(0, 10))}T${dateTime.slice(11, 19).replace(/:/g, '')}Z`;
}

/** One reminder of an all-day event: `daysBefore` days before the start of its day. */
function alarmLines(daysBefore: number, summary: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${summary}`, `TRIGGER:${daysBefore === 0 ? 'PT0S' : `-P${daysBefore}D`}`, 'END:VALARM'];
}

function sourceLine(source: { document: string; section: string }, rule: string, lang: 'da' | 'en'): string {
  const section = /^\d/.test(source.section) ? `§ ${source.section}` : source.section;
  return lang === 'da' ? `Kilde: ${source.document}, ${section} (regel ${rule})` : `Source: ${source.document}, ${section} (rule ${rule})`;
}

/**
 * Render calendar events as an RFC 5545 iCalendar file (VERSION 2.0,
 * CALSCALE GREGORIAN, METHOD PUBLISH), one all-day VEVENT per event:
 * `UID:<id>@<uidDomain>` (`klyngeregler` by default), `DTSTAMP` = `generatedAt`
 * (with `LAST-MODIFIED`) or else the event date at 00:00:00 UTC (no clock is
 * read), `SEQUENCE` when given, `DTSTART;VALUE=DATE`, `DTEND;VALUE=DATE` the
 * next day, SUMMARY from the title, DESCRIPTION from the description plus the
 * source and rule, `TRANSP:TRANSPARENT`, and a VALARM per entry of `alarms`.
 * Text is escaped and passes `redactCpr` (no CPR-shaped number in the file),
 * lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 * character.
 *
 * @param events - the events (e.g. from {@link annualCalendar}); at least one, ids unique
 * @param options - `prodId`, `calendarName`, `lang` (`'da'` default), `uidDomain`, `alarms`, `generatedAt`, `sequence`
 * @throws {KlyngeInputError} for a malformed event, duplicate ids, an empty list or unknown options.
 * @example
 * toICalendar(annualCalendar({ year: 2025 }), { lang: 'en' }).split('\r\n')[0] // 'BEGIN:VCALENDAR'
 * toICalendar(annualCalendar({ year: 2025 }), { uidDomain: 'k17.klynge.example' }).split('\r\n')[6] // 'UID:2025-registration@k17.klynge.example'
 * toICalendar(annualCalendar({ year: 2025 }), { alarms: [{ daysBefore: 7 }] }).includes('TRIGGER:-P7D') // true
 * toICalendar(annualCalendar({ year: 2025 }), { generatedAt: '2025-01-15T09:30:00Z', sequence: 2 }).split('\r\n').slice(7, 10)
 * // ['DTSTAMP:20250115T093000Z', 'LAST-MODIFIED:20250115T093000Z', 'SEQUENCE:2']
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
  const stamp = opts.generatedAt === undefined ? undefined : basicDateTime(opts.generatedAt);
  for (const event of list) {
    const description = [event.description?.[lang], sourceLine(event.source, event.rule, lang)]
      .filter((part) => part !== undefined)
      .map(escapeText)
      .join('\\n\\n');
    const summary = escapeText(event.title[lang]);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${uidDomain}`,
      `DTSTAMP:${stamp ?? `${basicDate(event.date)}T000000Z`}`,
      ...(stamp === undefined ? [] : [`LAST-MODIFIED:${stamp}`]),
      ...(opts.sequence === undefined ? [] : [`SEQUENCE:${opts.sequence}`]),
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${summary}`,
      `DESCRIPTION:${description}`,
      'TRANSP:TRANSPARENT',
      ...(opts.alarms ?? []).flatMap((alarm) => alarmLines(alarm.daysBefore, summary)),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  // The one place every text of the file passes (SUMMARY, DESCRIPTION, UID, names): no CPR-shaped number leaves it.
  return lines.map((line) => fold(redactCpr(line))).join('\r\n') + '\r\n';
}

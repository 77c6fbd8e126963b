/** `renderCalendar`: the calendar of duties for people, as text. */
import { redactCpr } from '../core/errors.js';
import type { CalendarEvent } from '../rules/calendar/event.js';
import type { TextOptions } from './renderDeadlines.js';
import { blockLines, painter } from './text.js';
import { calendarBlock } from './view.js';

/**
 * The events of `annualCalendar` as text, one line per duty with its long date.
 *
 * @example
 * renderCalendar(annualCalendar({ year: 2025 }), { lang: 'en' }).split('\n')[0].replace(/ +/g, ' ').trim()
 * // "Friday 31 January 2025 Deadline: the cluster's provider numbers and members on kiap.dk"
 */
export function renderCalendar(events: readonly CalendarEvent[], options: TextOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'da';
  return redactCpr(`${blockLines(calendarBlock(events, lang), lang, painter(options.color === true)).join('\n')}\n`);
}

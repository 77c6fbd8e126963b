/** Public API of the calendar area (explicit named exports). */
export { annualCalendar, annualCalendarInputSchema } from './annualCalendar.js';
export type { AnnualCalendarInput } from './annualCalendar.js';
export { toICalendar, toICalendarOptionsSchema } from './toICalendar.js';
export type { ToICalendarOptions } from './toICalendar.js';
export { calendarEventSchema } from './event.js';
export type { CalendarEvent, CalendarEventInput } from './event.js';
export type { CalendarRuleId } from './calendarRules.js';

import ICAL from 'ical.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dayNumberOf, fromDayNumber } from '../../src/core/dates.js';
import { longDate } from '../../src/core/dateText.js';
import { isRuleId, isWorkingDay, KlyngeInputError } from '../../src/index.js';
import { annualCalendar, toICalendar } from '../../src/rules/calendar/index.js';
import type { CalendarEventInput } from '../../src/rules/calendar/index.js';

const year = fc.integer({ min: 1901, max: 2298 });
const scheme = fc.constantFrom(undefined, 'almen-praksis' as const, 'speciallaegepraksis' as const);
const closedDays = fc.constantFrom(undefined, 'statutory' as const, 'holidays-only' as const);
const calendarInput = fc
  .record({ year, scheme, closedDays, dayOfYear: fc.option(fc.integer({ min: 0, max: 364 })), noticeOnWorkingDay: fc.boolean() })
  .map(({ year: y, scheme: s, closedDays: c, dayOfYear, noticeOnWorkingDay }) => ({
    year: y,
    ...(s === undefined ? {} : { scheme: s }),
    ...(c === undefined ? {} : { closedDays: c }),
    ...(dayOfYear === null ? {} : { agmDate: fromDayNumber(dayNumberOf(y, 1, 1) + dayOfYear) }),
    noticeOnWorkingDay,
  }));

// Text with Danish letters, emoji, TEXT specials and line breaks.
const text = fc
  .array(fc.oneof(fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '€', '😀', '\\', ';', ',', '\n', '\r\n', '\r', ':', '"', ' ', '\t'), fc.string({ maxLength: 5 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s));

const eventArb = fc.record({
  date: fc.integer({ min: dayNumberOf(1901, 1, 1), max: dayNumberOf(2298, 12, 30) }).map(fromDayNumber),
  title: fc.record({ da: text, en: text }),
  description: fc.option(fc.record({ da: text, en: text }), { nil: undefined }),
});

describe('calendar properties', () => {
  test.prop([calendarInput])('events are sorted by date, ids unique and prefixed by the year, every rule a catalogue id', (input) => {
    const events = annualCalendar(input);
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < events.length; i += 1) expect(events[i - 1]!.date <= events[i]!.date).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(event.id.startsWith(`${input.year}-`)).toBe(true);
      expect(isRuleId(event.rule)).toBe(true);
    }
  });

  test.prop([calendarInput])('moved deadlines land on a working day and record where they came from', (input) => {
    const calendar = input.closedDays === undefined ? {} : { closedDays: input.closedDays };
    for (const event of annualCalendar(input)) {
      if (event.movedFrom === undefined) continue;
      expect(isWorkingDay(event.date, calendar)).toBe(true);
      expect(isWorkingDay(event.movedFrom, calendar)).toBe(false);
      expect(event.date === event.movedFrom).toBe(false);
      expect(event.rule === 'agm.notice-period' ? event.date < event.movedFrom : event.date > event.movedFrom).toBe(true);
      expect(['agm.notice-period', 'agm.minutes-deadline']).toContain(event.rule);
      expect(event.description!.da).toContain(`Fristen ${longDate(event.movedFrom, 'da')} er en lukkedag`);
      expect(event.description!.en).toContain(`The deadline ${longDate(event.movedFrom, 'en')} is a closed day`);
    }
  });

  test.prop([calendarInput])('month-bound duties are due on the last day of their month, never moved; the text says when that day is closed', (input) => {
    const calendar = input.closedDays === undefined ? {} : { closedDays: input.closedDays };
    const monthOf = { registration: 1, 'ekvis-status': 1, 'meeting-dates': 9 } as const;
    for (const event of annualCalendar(input)) {
      const month = monthOf[event.id.slice(5) as keyof typeof monthOf];
      if (month === undefined) continue;
      expect(event.date).toBe(fromDayNumber(dayNumberOf(input.year, month + 1, 1) - 1));
      expect(event.movedFrom).toBeUndefined();
      expect(event.description!.en.includes('so the date does not move')).toBe(!isWorkingDay(event.date, calendar));
    }
  });

  test.prop([calendarInput, fc.constantFrom('da' as const, 'en' as const)])(
    'the iCalendar output of any year parses, round-trips and keeps every line within 75 octets',
    (input, lang) => {
      const events = annualCalendar(input);
      const ics = toICalendar(events, { lang });
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(parsed.map((e) => [e.uid, e.summary, e.startDate.toString()])).toEqual(events.map((e) => [`${e.id}@klyngeregler`, e.title[lang], e.date]));
    },
  );

  test.prop([fc.array(eventArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('da' as const, 'en' as const)])(
    'arbitrary text (Danish letters, emoji, specials, line breaks) always parses back to itself',
    (drafts, lang) => {
      const events: CalendarEventInput[] = drafts.map((d, i) => ({
        id: `ev-${i}`,
        date: d.date,
        title: d.title,
        ...(d.description === undefined ? {} : { description: d.description }),
        rule: 'calendar.grant-payment',
        source: { document: 'kiap-guide', section: 'Klyngens økonomi' },
      }));
      const ics = toICalendar(events, { lang });
      expect(ics.endsWith('\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const norm = (s: string) => s.replace(/\r\n|\r/g, '\n');
      parsed.forEach((p, i) => {
        const e = events[i]!;
        expect(p.uid).toBe(`ev-${i}@klyngeregler`);
        expect(p.summary).toBe(norm(e.title[lang]));
        expect(p.startDate.toString()).toBe(e.date);
        const sourceLine = lang === 'da' ? 'Kilde: kiap-guide, Klyngens økonomi (regel calendar.grant-payment)' : 'Source: kiap-guide, Klyngens økonomi (rule calendar.grant-payment)';
        expect(p.description).toBe(e.description === undefined ? sourceLine : `${norm(e.description[lang])}\n\n${sourceLine}`);
      });
    },
  );

  test.prop([fc.anything()])('annualCalendar and toICalendar reject junk with KlyngeInputError only', (junk) => {
    for (const fn of [() => annualCalendar(junk as never), () => toICalendar(junk as never)]) {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(KlyngeInputError);
      }
    }
  });
});

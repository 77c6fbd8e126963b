import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { issuesOf, pathsOf } from '../support/inputErrors.js';
import { KlyngeInputError } from '../../src/index.js';
import { annualCalendar, toICalendar } from '../../src/rules/calendar/index.js';
import type { CalendarEventInput } from '../../src/rules/calendar/index.js';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        allDay: e.startDate.isDate,
        stamp: v.getFirstPropertyValue('dtstamp')!.toString(),
        transp: v.getFirstPropertyValue('transp'),
      };
    }),
  };
}

const event = (over: Partial<CalendarEventInput> = {}): CalendarEventInput => ({
  id: 'e1',
  date: '2025-03-13',
  title: { da: 'Frist', en: 'Deadline' },
  rule: 'agm.notice-period',
  source: { document: 'klyngeregler-2023', section: '4' },
  ...over,
});

/** The paths of the input error that `fn` throws. */

describe('toICalendar', () => {
  it('renders a minimal calendar exactly', () => {
    expect(toICalendar([event()])).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//klyngeregler//klyngeregler//DA',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:e1@klyngeregler',
        'DTSTAMP:20250313T000000Z',
        'DTSTART;VALUE=DATE:20250313',
        'DTEND;VALUE=DATE:20250314',
        'SUMMARY:Frist',
        'DESCRIPTION:Kilde: klyngeregler-2023\\, § 4 (regel agm.notice-period)',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('English: summary, description with source line, PRODID //EN, calendar name', () => {
    const ics = toICalendar([event({ description: { da: 'Tekst', en: 'Text' }, source: { document: 'kiap-guide', section: 'Klyngens økonomi' } })], {
      lang: 'en',
      calendarName: 'Klynge Nord, 2025',
    });
    expect(ics).toContain('\r\nPRODID:-//klyngeregler//klyngeregler//EN\r\n');
    expect(ics).toContain('\r\nX-WR-CALNAME:Klynge Nord\\, 2025\r\nNAME:Klynge Nord\\, 2025\r\n');
    expect(ics).toContain('\r\nSUMMARY:Deadline\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain('\r\nDESCRIPTION:Text\\n\\nSource: kiap-guide\\, Klyngens økonomi (rule agm.notice-period)\r\n');
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(events[0]!.description).toBe('Text\n\nSource: kiap-guide, Klyngens økonomi (rule agm.notice-period)');
  });

  it('a custom PRODID; no calendar name lines without calendarName', () => {
    const ics = toICalendar([event()], { prodId: '-//Klynge Nord//Årshjul//DA' });
    expect(ics.split('\r\n')[2]).toBe('PRODID:-//Klynge Nord//Årshjul//DA');
    expect(ics).not.toContain('X-WR-CALNAME');
    expect(ics).not.toContain('\r\nNAME:');
    const escaped = toICalendar([event()], { prodId: '-//Klynge Nord, Syd//Årshjul//DA' });
    expect(escaped).toContain('\r\nPRODID:-//Klynge Nord\\, Syd//Årshjul//DA\r\n');
    expect(parse(escaped).calendar.getFirstPropertyValue('prodid')).toBe('-//Klynge Nord, Syd//Årshjul//DA');
  });

  it('round-trips a whole year through ical.js: uid, summary, dates, description', () => {
    const source = annualCalendar({ year: 2026, agmDate: '2026-03-26', extraClosedDays: ['2026-09-30'] });
    for (const lang of ['da', 'en'] as const) {
      const ics = toICalendar(source, { lang });
      const { events } = parse(ics);
      expect(events).toHaveLength(source.length);
      events.forEach((parsed, i) => {
        const original = source[i]!;
        expect(parsed.uid).toBe(`${original.id}@klyngeregler`);
        expect(parsed.summary).toBe(original.title[lang]);
        expect(parsed.start).toBe(original.date);
        expect(parsed.allDay).toBe(true);
        expect(parsed.end).toBe(
          new Date(Date.UTC(+original.date.slice(0, 4), +original.date.slice(5, 7) - 1, +original.date.slice(8) + 1)).toISOString().slice(0, 10),
        );
        expect(parsed.description.startsWith(`${original.description![lang]}\n\n`)).toBe(true);
        expect(parsed.stamp).toBe(`${original.date}T00:00:00Z`);
        expect(parsed.transp).toBe('TRANSPARENT');
      });
    }
  });

  it('DTEND crosses month and year ends', () => {
    const { events } = parse(toICalendar([event({ id: 'a', date: '2025-12-31' }), event({ id: 'b', date: '2024-02-29' })]));
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2025-12-31', '2026-01-01'],
      ['2024-02-29', '2024-03-01'],
    ]);
  });

  it('uses CRLF line endings only, and ends with CRLF', () => {
    const ics = toICalendar(annualCalendar({ year: 2025, agmDate: '2025-03-27' }));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    const text = 'a\\b;c,d\ne\r\nf\rg';
    const ics = toICalendar([event({ title: { da: text, en: text } })]);
    expect(ics).toContain('\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n');
    expect(parse(ics).events[0]!.summary).toBe('a\\b;c,d\ne\nf\ng');
  });

  it('folds long lines at 75 octets, never inside a UTF-8 character, and unfolds to the original', () => {
    const long = `Årsmøde ${'æøå ÆØÅ € 😀 '.repeat(30)}slut`;
    const ics = toICalendar([event({ title: { da: long, en: long }, description: { da: long, en: long } })]);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10);
    // some line is filled to exactly 75 octets or stops short only because the next character would not fit
    const summary = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    for (let i = summary; lines[i + 1]!.startsWith(' '); i += 1) {
      const next = [...lines[i + 1]!.slice(1)][0]!;
      expect(octets(lines[i]!) + octets(next)).toBeGreaterThan(75);
    }
    expect(lines.join('\r\n')).not.toContain('\uFFFD');
    expect(parse(ics).events[0]!.summary).toBe(long);
  });

  it('a line of exactly 75 octets is not folded; 76 is', () => {
    const fits = 'x'.repeat(75 - 'SUMMARY:'.length);
    expect(toICalendar([event({ title: { da: fits, en: fits } })])).toContain(`\r\nSUMMARY:${fits}\r\n`);
    const over = `${fits}y`;
    expect(toICalendar([event({ title: { da: over, en: over } })])).toContain(`\r\nSUMMARY:${fits}\r\n y\r\n`);
    const twoByte = `${'x'.repeat(66)}ø`; // 8 + 66 + 2 = 76 octets: ø goes to the next line
    expect(toICalendar([event({ title: { da: twoByte, en: twoByte } })])).toContain(`\r\nSUMMARY:${'x'.repeat(66)}\r\n ø\r\n`);
    const threeByte = `${'x'.repeat(65)}€`; // 8 + 65 + 3 = 76
    expect(toICalendar([event({ title: { da: threeByte, en: threeByte } })])).toContain(`\r\nSUMMARY:${'x'.repeat(65)}\r\n €\r\n`);
    const fourByte = `${'x'.repeat(64)}😀`; // 8 + 64 + 4 = 76
    expect(toICalendar([event({ title: { da: fourByte, en: fourByte } })])).toContain(`\r\nSUMMARY:${'x'.repeat(64)}\r\n 😀\r\n`);
    const exact = `${'x'.repeat(63)}😀`; // 75 octets
    expect(toICalendar([event({ title: { da: exact, en: exact } })])).toContain(`\r\nSUMMARY:${exact}\r\n`);
  });

  it('counts UTF-8 octets exactly at the 1/2/3/4-byte boundaries', () => {
    const cases: [string, number][] = [
      ['\u0080', 66], // 2 octets
      ['\u07FF', 66], // 2 octets
      ['\u0800', 65], // 3 octets
      ['\uFFFD', 65], // 3 octets
      ['\u{10000}', 64], // 4 octets
    ];
    for (const [char, xs] of cases) {
      const title = `${'x'.repeat(xs)}${char}`; // 8 + xs + octets(char) = 76: the character moves to the next line
      expect(toICalendar([event({ title: { da: title, en: title } })])).toContain(`\r\nSUMMARY:${'x'.repeat(xs)}\r\n ${char}\r\n`);
      const fits = `${'x'.repeat(xs - 1)}${char}`; // 75 octets: one line
      expect(toICalendar([event({ title: { da: fits, en: fits } })])).toContain(`\r\nSUMMARY:${fits}\r\n`);
    }
  });

  it('the source line puts § before numbered sections only', () => {
    const ics = toICalendar([event({ source: { document: 'forældelsesloven-27', section: '§ 27, stk. 2' } })], { lang: 'en' });
    expect(parse(ics).events[0]!.description).toBe('Source: forældelsesloven-27, § 27, stk. 2 (rule agm.notice-period)');
  });

  it('continuation lines hold 74 octets after the leading space', () => {
    const text = 'x'.repeat(67 + 74 + 5);
    const lines = toICalendar([event({ title: { da: text, en: text } })]).split('\r\n');
    const i = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines.slice(i, i + 3).map((l) => l.length)).toEqual([75, 75, 6]);
  });

  it('UIDs are stable: the same events give the same file', () => {
    const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' });
    expect(toICalendar(events)).toBe(toICalendar(structuredClone(events)));
    expect(parse(toICalendar(events)).events.map((e) => e.uid)).toContain('2025-agm@klyngeregler');
  });

  it('does not mutate its input', () => {
    const events = annualCalendar({ year: 2025 });
    const copy = structuredClone(events);
    toICalendar(events, { lang: 'en' });
    expect(events).toEqual(copy);
  });

  it('rejects malformed events and options with KlyngeInputError', () => {
    expect(pathsOf(() => toICalendar([]))).toEqual([['events']]);
    expect(pathsOf(() => toICalendar([event(), event()]))).toEqual([['events', 1, 'id']]);
    expect(() => toICalendar([event(), event()])).toThrow("duplicate event id 'e1'");
    expect(pathsOf(() => toICalendar([event({ id: 'a b' })]))).toEqual([['events', 0, 'id']]);
    expect(pathsOf(() => toICalendar([event({ id: '-a' })]))).toEqual([['events', 0, 'id']]);
    expect(pathsOf(() => toICalendar([event({ date: '2025-02-30' })]))).toEqual([['events', 0, 'date']]);
    expect(pathsOf(() => toICalendar([event({ title: { da: 'a\u0007', en: 'b' } })]))).toEqual([['events', 0, 'title', 'da']]);
    expect(pathsOf(() => toICalendar([event({ title: { da: 'a\uD800', en: 'b' } })]))).toEqual([['events', 0, 'title', 'da']]);
    expect(pathsOf(() => toICalendar([event({ title: { da: '', en: 'b' } })]))).toEqual([['events', 0, 'title', 'da']]);
    expect(pathsOf(() => toICalendar([{ ...event(), colour: 'red' } as never]))).toEqual([['events', 0]]);
    expect(pathsOf(() => toICalendar([event()], { lang: 'de' } as never))).toEqual([['options', 'lang']]);
    expect(pathsOf(() => toICalendar([event()], { timezone: 'UTC' } as never))).toEqual([['options']]);
    expect(pathsOf(() => toICalendar([event()], null as never))).toEqual([['options']]);
    expect(pathsOf(() => toICalendar('x' as never))).toEqual([['events']]);
  });

  it('accepts tabs and a 200-character id', () => {
    const id = `a${'b'.repeat(199)}`;
    const { events } = parse(toICalendar([event({ id, title: { da: 'a\tb', en: 'a\tb' } })]));
    expect(events[0]!.uid).toBe(`${id}@klyngeregler`);
    expect(events[0]!.summary).toBe('a\tb');
    expect(pathsOf(() => toICalendar([event({ id: `${id}c` })]))).toEqual([['events', 0, 'id']]);
  });
});

describe('toICalendar refuses with a message that says why', () => {
  it('no events', () => {
    expect(issuesOf(() => toICalendar([]))).toEqual([{ path: ['events'], message: 'a calendar needs at least one event' }]);
  });

  it('a uidDomain that is not like a domain name', () => {
    const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' }).slice(0, 1);
    expect(issuesOf(() => toICalendar(events, { uidDomain: 'k 17' }))).toEqual([
      { path: ['options', 'uidDomain'], message: 'uidDomain must be letters, digits, dots, hyphens or underscores (like a domain name), at most 253 characters' },
    ]);
  });
});

describe("toICalendar uidDomain: each cluster's calendar gets its own UIDs, so two clusters' calendars imported into one calendar app stay apart", () => {
  const uids = (ics: string) => parse(ics).events.map((e) => e.uid);
  const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' });

  it('is klyngeregler by default and the given domain otherwise, for every event', () => {
    expect(uids(toICalendar(events))).toEqual(events.map((e) => `${e.id}@klyngeregler`));
    expect(uids(toICalendar(events, { uidDomain: 'k17.klynge.example' }))).toEqual(events.map((e) => `${e.id}@k17.klynge.example`));
  });

  it('two clusters share no UID; the rest of the file is the same', () => {
    const a = toICalendar(events, { uidDomain: 'k1' });
    const b = toICalendar(events, { uidDomain: 'k2' });
    expect(uids(a).filter((uid) => uids(b).includes(uid))).toEqual([]);
    expect(a.replace(/@k1\r\n/g, '@k2\r\n')).toBe(b);
  });

  it('accepts domain-like names and refuses anything that could break the UID line', () => {
    for (const ok of ['a', 'K1', 'k-17.klynge_dk', 'x'.repeat(253)]) expect(() => toICalendar(events, { uidDomain: ok })).not.toThrow();
    for (const bad of ['', ' k1', 'k1 ', 'k 1', 'k1@x', 'k1;x', '-k1', 'k1.', 'æble', 'x'.repeat(254), 'k1\r\nX:y']) {
      expect(pathsOf(() => toICalendar(events, { uidDomain: bad })), JSON.stringify(bad)).toEqual([['options', 'uidDomain']]);
    }
    expect(() => toICalendar(events, { uidDomain: 17 as never })).toThrow(KlyngeInputError);
  });
});

describe('toICalendar shows no CPR-shaped number in any text of the file', () => {
  it('ids, titles, descriptions, names and the source section are redacted in one place; the file still parses', () => {
    const cpr = ['010190-1234', '0202901234', 'x0303901234', 'cpr_040490-1234'];
    const events = cpr.map((number, i) =>
      event({
        id: `ev${i}-${number.replace(/[^0-9]/g, '')}`,
        date: '2025-03-13',
        title: { da: `Frist ${number}`, en: `Deadline ${number}` },
        description: { da: `Om ${number}`, en: `About ${number}` },
        source: { document: 'klyngeregler-2023', section: `4 ${number}` },
      }),
    );
    for (const lang of ['da', 'en'] as const) {
      const ics = toICalendar(events, { lang, calendarName: 'Klynge 0101901234', prodId: '-//x 010190-1234//' });
      expect(ics.replace(/\r\n /g, '')).not.toMatch(/(?<!\d)\d{6}-?\d{4}(?!\d)/);
      const parsed = parse(ics).events;
      const shown = ['[CPR]', '[CPR]', 'x[CPR]', 'cpr_[CPR]'];
      expect(parsed.map((e) => e.summary)).toEqual(shown.map((n) => (lang === 'da' ? `Frist ${n}` : `Deadline ${n}`)));
      expect(parsed.map((e) => e.uid)).toEqual(['ev0-[CPR]@klyngeregler', 'ev1-[CPR]@klyngeregler', 'ev2-[CPR]@klyngeregler', 'ev3-[CPR]@klyngeregler']);
    }
  });

  it('a duplicate id is named without its CPR-shaped digits', () => {
    expect(issuesOf(() => toICalendar([event({ id: '0101901234' }), event({ id: '0101901234' })]))).toEqual([
      { path: ['events', 1, 'id'], message: "duplicate event id '[CPR]'" },
    ]);
  });
});

describe('toICalendar reminders and revisions, read back with ical.js', () => {
  const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' });
  const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

  it('alarms: one VALARM per reminder on every event, shown the given number of days before the day', () => {
    const ics = toICalendar(events, { lang: 'en', alarms: [{ daysBefore: 7 }, { daysBefore: 0 }] });
    for (const [i, vevent] of vevents(ics).entries()) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
      expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual([events[i]!.title.en, events[i]!.title.en]);
      const triggers = alarms.map((a) => a.getFirstPropertyValue('trigger') as ICAL.Duration);
      expect(triggers.map((t) => [t.isNegative, t.toSeconds()])).toEqual([
        [true, -7 * 86_400],
        [false, 0],
      ]);
    }
    expect(toICalendar(events)).not.toContain('VALARM');
  });

  it('generatedAt and sequence: DTSTAMP, LAST-MODIFIED and SEQUENCE of every event; no clock without them', () => {
    const ics = toICalendar(events, { generatedAt: '2025-01-15T09:30:00.250Z', sequence: 3 });
    for (const vevent of vevents(ics)) {
      expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-01-15T09:30:00Z');
      expect(vevent.getFirstPropertyValue('last-modified')!.toString()).toBe('2025-01-15T09:30:00Z');
      expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
      expect(new ICAL.Event(vevent).sequence).toBe(3);
    }
    const plain = vevents(toICalendar(events));
    expect(plain.map((v) => v.getFirstPropertyValue('dtstamp')!.toString())).toEqual(events.map((e) => `${e.date}T00:00:00Z`));
    expect(plain.every((v) => !v.hasProperty('sequence') && !v.hasProperty('last-modified'))).toBe(true);
    expect(toICalendar(events, { generatedAt: '2025-01-15T09:30:00Z' })).toBe(toICalendar(events, { generatedAt: '2025-01-15T09:30:00Z' }));
  });

  it('a changed date with a higher sequence keeps its UID, so a calendar app updates the event', () => {
    const before = vevents(toICalendar(annualCalendar({ year: 2025, agmDate: '2025-03-20' }), { sequence: 0 })).map((v) => new ICAL.Event(v));
    const after = vevents(toICalendar(annualCalendar({ year: 2025, agmDate: '2025-03-27' }), { sequence: 1 })).map((v) => new ICAL.Event(v));
    const agm = (list: ICAL.Event[]) => list.find((e) => e.uid === '2025-agm@klyngeregler')!;
    expect([agm(before).startDate.toString(), agm(before).sequence]).toEqual(['2025-03-20', 0]);
    expect([agm(after).startDate.toString(), agm(after).sequence]).toEqual(['2025-03-27', 1]);
  });

  it('rejects a local or impossible time, a negative sequence and odd reminders', () => {
    const one = events.slice(0, 1);
    expect(issuesOf(() => toICalendar(one, { generatedAt: '2025-01-15T10:30:00+01:00' }))).toEqual([
      { path: ['options', 'generatedAt'], message: 'generatedAt must be an ISO date-time in UTC, e.g. 2025-01-15T09:30:00Z' },
    ]);
    expect(pathsOf(() => toICalendar(one, { generatedAt: '2025-02-30T10:30:00Z' }))).toEqual([['options', 'generatedAt']]);
    expect(pathsOf(() => toICalendar(one, { sequence: -1 }))).toEqual([['options', 'sequence']]);
    expect(pathsOf(() => toICalendar(one, { sequence: 1.5 }))).toEqual([['options', 'sequence']]);
    expect(pathsOf(() => toICalendar(one, { alarms: [{ daysBefore: -1 }] }))).toEqual([['options', 'alarms', 0, 'daysBefore']]);
    expect(pathsOf(() => toICalendar(one, { alarms: [{ daysBefore: 7, minutes: 5 }] } as never))).toEqual([['options', 'alarms', 0]]);
  });
});

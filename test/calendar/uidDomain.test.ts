/**
 * toICalendar's `uidDomain`: each cluster's calendar gets its own UIDs, so
 * two clusters' calendars imported into one calendar app stay apart.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { KlyngeInputError } from '../../src/index.js';
import { annualCalendar, toICalendar } from '../../src/rules/calendar/index.js';
import { issuesOf } from '../support/inputErrors.js';

const uids = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' });

describe('toICalendar uidDomain', () => {
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
      expect(issuesOf(() => toICalendar(events, { uidDomain: bad })).map((i) => i.path), JSON.stringify(bad)).toEqual([['options', 'uidDomain']]);
    }
    expect(() => toICalendar(events, { uidDomain: 17 as never })).toThrow(KlyngeInputError);
  });
});

/** "Frister": an AGM date gives the library's deadlines with the skipped days, and the year's calendar downloads as a valid .ics. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { agmDeadlines, annualCalendar } from '../../src/index.js';
import { expect, open, test } from './fixtures.js';

test('an AGM date shows notice, proposal and minutes deadlines with the days skipped', async ({ site }) => {
  await open(site, 'frister');
  await site.getByLabel('Årsmødets dato').fill('2025-04-24');
  await site.getByRole('button', { name: 'Vis frister' }).click();
  const expected = agmDeadlines('2025-04-24');
  for (const [rule, date] of [
    ['agm.notice-period', expected.noticeBy],
    ['agm.proposal-deadline', expected.proposalsBy],
    ['agm.minutes-deadline', expected.minutesBy],
  ] as const) {
    await expect(site.locator(`[data-testid="deadline-${rule}"] [data-testid=date]`)).toHaveAttribute('datetime', date);
  }
  const proposals = site.locator('[data-testid="deadline-agm.proposal-deadline"]');
  await expect(proposals).toContainText('mandag 7. april 2025');
  await expect(proposals.locator('td li')).toHaveCount(expected.explanation.proposalsBy.skipped.length);
  await expect(proposals).toContainText('Langfredag');
});

test('the calendar of the year downloads as an .ics file that parses', async ({ site }) => {
  await open(site, 'frister');
  await site.getByLabel('Årsmødets dato').fill('2025-03-27');
  await site.getByRole('button', { name: 'Vis frister' }).click();
  const [download] = await Promise.all([site.waitForEvent('download'), site.getByRole('button', { name: /\.ics/ }).click()]);
  expect(download.suggestedFilename()).toBe('klyngeregler-2025.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const expected = annualCalendar({ year: 2025, agmDate: '2025-03-27' });
  expect(events.length).toBe(expected.length);
  expect(events.map((e) => String(e.getFirstPropertyValue('dtstart'))).sort()).toEqual(expected.map((e) => e.date).sort());
});

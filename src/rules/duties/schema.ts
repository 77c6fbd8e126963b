/**
 * The facts of the procedural duties as the whole-year document gives them.
 * Every fact is optional: a fact left out is unknown and never a violation.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../core/dates.js';

/**
 * zod schema of one duty fact: `true` (done), an ISO date (done on that
 * day), `false` (not done). Leave it out when it is not known.
 *
 * @example
 * doneFactSchema.safeParse('2025-04-01').success // true
 * doneFactSchema.safeParse('yes').success // false
 */
export const doneFactSchema = z
  .union([z.boolean(), isoDateSchema])
  .describe('true = done, an ISO date = done on that day, false = not done; leave out when unknown');

/** One duty fact: done (`true` or the day it was done) or not done (`false`). */
export type DoneFact = z.input<typeof doneFactSchema>;

/**
 * zod schema of what the record of a meeting shows (klyngeregler-2023 §4.2,
 * §4.3, kiap-guide): the facts after the meeting, for the `record` of `agm` in
 * the whole-year document.
 *
 * @example
 * agmRecordSchema.safeParse({ chairChosen: true, minutesSignedByChair: '2025-03-28' }).success // true
 * agmRecordSchema.safeParse({ chairChoosen: true }).success // false (a misspelt key)
 */
export const agmRecordSchema = z
  .strictObject({
    chairChosen: z.boolean().optional().describe('A chair (dirigent) was chosen to run the meeting (§4.2)'),
    minuteTakerChosen: z.boolean().optional().describe('A minute-taker was appointed among the members (§4.2)'),
    minutesNameChair: z.boolean().optional().describe('The minutes name the chair (§4.2)'),
    minutesSignedByChair: doneFactSchema.optional().describe('The chair signed the minutes (§4.2)'),
    accountsPresented: z.boolean().optional().describe("The previous year's accounts were presented (§4.3; ordinary meeting)"),
    budgetAdopted: z.boolean().optional().describe("The year's budget was adopted (§4.3; ordinary meeting)"),
    secretariatInformed: doneFactSchema
      .optional()
      .describe("Name, e-mail and term of everyone newly elected were sent to PLO's cluster secretariat (§4.2)"),
    kiapUpdated: doneFactSchema
      .optional()
      .describe("The new coordinator's name and e-mail were changed on kiap.dk, by the outgoing coordinator (§4.2, kiap-guide)"),
  })
  .describe('What the record of the meeting shows; every fact optional (left out = unknown)');

/** The record of a meeting as given. */
export type AgmRecord = z.input<typeof agmRecordSchema>;

/**
 * zod schema of one cluster meeting in the specialist scheme (ekvis-koordinator "Møder").
 *
 * @example
 * clusterMeetingSchema.safeParse({ date: '2025-02-04', agenda: true, attendanceRecorded: true }).success // true
 */
export const clusterMeetingSchema = z
  .strictObject({
    date: isoDateSchema.describe('The day of the meeting'),
    id: z.string().min(1).optional().describe('The meeting id, as in the claims (`meeting.id`)'),
    agenda: z.boolean().optional().describe('The meeting had an agenda'),
    attendanceRecorded: z.boolean().optional().describe('Who attended and who sent apologies was recorded'),
  })
  .describe('One cluster meeting of the year (specialist scheme)');

/**
 * zod schema of the year's duty facts in the whole-year document (`duties`):
 * the calendar duties done, and the specialist scheme's meetings,
 * coordinators' meeting, coordinator term and handover.
 *
 * @example
 * yearDutiesSchema.safeParse({ ydernumreRegistered: '2025-01-20', activityReportSent: false }).success // true
 * yearDutiesSchema.safeParse({ meetings: [{ date: '2025-02-04', agenda: 'yes' }] }).success // false
 */
export const yearDutiesSchema = z
  .strictObject({
    ydernumreRegistered: doneFactSchema.optional().describe("General practice: the cluster's ydernumre and members updated on kiap.dk"),
    activityReportSent: doneFactSchema.optional().describe('General practice: the activity report sent to KiAP (§8.1)'),
    meetingDatesAnnounced: doneFactSchema.optional().describe("General practice: next year's meeting dates announced (§10.5)"),
    ekvisStatusSent: doneFactSchema.optional().describe("Specialist scheme: the January status of last year's work sent to eKVIS"),
    meetings: z.array(clusterMeetingSchema).optional().describe("Specialist scheme: the year's cluster meetings (left out = unknown)"),
    coordinatorsMeetingAttended: doneFactSchema.optional().describe("Specialist scheme: the coordinator took part in eKVIS's yearly coordinators' meeting"),
    coordinatorTerm: z
      .strictObject({
        agreed: z.boolean().describe('A term for the coordinator is agreed'),
        years: z.number().positive().max(20).optional().describe('The agreed term in years (e.g. 2)'),
      })
      .optional()
      .describe("Specialist scheme: the coordinator's agreed term"),
    coordinatorChange: z
      .strictObject({
        on: isoDateSchema.describe('The day the new coordinator takes over'),
        ekvisInformed: doneFactSchema.optional().describe('The outgoing coordinator told eKVIS who takes over and when'),
      })
      .optional()
      .describe('Specialist scheme: a change of coordinator in the year'),
  })
  .describe("The year's duty facts; every fact optional (left out = unknown)");

/** The year's duty facts as given. */
export type YearDuties = z.input<typeof yearDutiesSchema>;

/**
 * The duties around one annual or extraordinary meeting that its record
 * shows (klyngeregler-2023 §4.2, §4.3; kiap-guide "Skift af
 * klyngekoordinator og bestyrelsesmedlemmer"): chair and minute-taker
 * chosen, the chair named in and signing the minutes, accounts presented
 * and budget adopted (ordinary meeting; `agm.annual-meeting`), the newly
 * elected reported to PLO's cluster secretariat, the coordinator changed on
 * kiap.dk. The naming of the chair extends `agm.election-record` (what the
 * minutes state); accounts and budget extend `agm.annual-meeting`.
 */
import type { RuleId } from '../../ruleCatalogue.js';
import type { Bilingual, RuleEntry } from '../../core/ruleEntry.js';
import { longDates } from '../../core/dateText.js';
import type { IsoDate } from '../../core/dates.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { agmRules } from '../agm/agmRules.js';
import { dutiesRules } from './dutiesRules.js';
import type { AgmRecord } from './schema.js';
import { duty, missedSeverity } from './state.js';
import type { DutyCheck, DutyStatus } from './state.js';

/** The meeting a record belongs to, as the report knows it. */
export interface RecordedMeeting {
  readonly year: number;
  readonly meeting: IsoDate;
  readonly kind: 'ordinary' | 'extraordinary';
  /** The minutes deadline of the meeting (agm.minutes-deadline). */
  readonly minutesBy: IsoDate;
  /** The posts elected at the meeting, when the document lists them. */
  readonly electedPosts?: readonly string[];
}

interface Spec {
  readonly suffix: string;
  readonly rule: RuleEntry<RuleId>;
  readonly due: IsoDate;
  readonly title: Bilingual;
  readonly fact: boolean | IsoDate | undefined;
  readonly missed: Bilingual;
}

const COORDINATOR_POST = /koordinator|coordinator/i;

function both(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}

/**
 * The dated duties of a meeting's record and a finding for each one missed
 * as of `asOf` (a fact `false` whose due day has passed). A fact left out
 * is unknown, never a finding. The newly elected must reach the secretariat
 * when the document lists elections (or gives the fact); the kiap.dk change
 * when a coordinator was elected (a post naming the coordinator) or the fact
 * is given.
 *
 * @example
 * checkAgmRecord({ year: 2025, meeting: '2025-03-20', kind: 'ordinary', minutesBy: '2025-04-03' }, { budgetAdopted: false }, '2025-12-31').findings[0].rule
 * // 'agm.annual-meeting'
 */
export function checkAgmRecord(meeting: RecordedMeeting, record: AgmRecord, asOf: IsoDate): DutyCheck {
  const day = longDates(meeting.meeting);
  const prefix = `${meeting.year}-${meeting.kind === 'ordinary' ? 'agm' : 'extraordinary'}`;
  const what = meeting.kind === 'ordinary' ? { da: 'årsmødet', en: 'the annual meeting' } : { da: 'det ekstraordinære møde', en: 'the extraordinary meeting' };
  const elected = meeting.electedPosts ?? [];
  const specs: Spec[] = [
    {
      suffix: 'chair',
      rule: dutiesRules['duties.agm-chair-and-minute-taker'],
      due: meeting.meeting,
      title: { da: `Dirigent og referent vælges på ${what.da}`, en: `Chair and minute-taker chosen at ${what.en}` },
      fact: both(record.chairChosen, record.minuteTakerChosen),
      missed: {
        da: `På ${what.da} ${day.da} blev der ikke valgt ${record.chairChosen === false ? 'dirigent' : ''}${record.chairChosen === false && record.minuteTakerChosen === false ? ' og ' : ''}${record.minuteTakerChosen === false ? 'referent' : ''}; begge skal vælges.`,
        en: `At ${what.en} on ${day.en} no ${record.chairChosen === false ? 'chair' : ''}${record.chairChosen === false && record.minuteTakerChosen === false ? ' and no ' : ''}${record.minuteTakerChosen === false ? 'minute-taker' : ''} was chosen; both must be.`,
      },
    },
    {
      suffix: 'minutes-chair-named',
      rule: agmRules['agm.election-record'],
      due: meeting.minutesBy,
      title: { da: `Referatet af ${what.da} nævner dirigenten`, en: `The minutes of ${what.en} name the chair` },
      fact: record.minutesNameChair,
      missed: { da: `Referatet af ${what.da} ${day.da} nævner ikke dirigentens navn.`, en: `The minutes of ${what.en} on ${day.en} do not name the chair.` },
    },
    {
      suffix: 'minutes-signed',
      rule: dutiesRules['duties.minutes-signed'],
      due: meeting.minutesBy,
      title: { da: `Dirigenten underskriver referatet af ${what.da}`, en: `The chair signs the minutes of ${what.en}` },
      fact: record.minutesSignedByChair,
      missed: { da: `Dirigenten har ikke underskrevet referatet af ${what.da} ${day.da}.`, en: `The chair has not signed the minutes of ${what.en} on ${day.en}.` },
    },
  ];
  if (meeting.kind === 'ordinary') {
    specs.push(
      {
        suffix: 'accounts',
        rule: agmRules['agm.annual-meeting'],
        due: meeting.meeting,
        title: { da: 'Sidste års regnskab fremlægges på årsmødet', en: "Last year's accounts presented at the annual meeting" },
        fact: record.accountsPresented,
        missed: { da: `Regnskabet for ${meeting.year - 1} blev ikke fremlagt på årsmødet ${day.da}.`, en: `The accounts for ${meeting.year - 1} were not presented at the annual meeting on ${day.en}.` },
      },
      {
        suffix: 'budget',
        rule: agmRules['agm.annual-meeting'],
        due: meeting.meeting,
        title: { da: 'Årets budget vedtages på årsmødet', en: "The year's budget adopted at the annual meeting" },
        fact: record.budgetAdopted,
        missed: { da: `Budgettet for ${meeting.year} blev ikke vedtaget på årsmødet ${day.da}.`, en: `The budget for ${meeting.year} was not adopted at the annual meeting on ${day.en}.` },
      },
    );
  }
  if (record.secretariatInformed !== undefined || elected.length > 0) {
    specs.push({
      suffix: 'secretariat',
      rule: dutiesRules['duties.secretariat-informed'],
      due: meeting.minutesBy,
      title: { da: 'De nyvalgte meldes til PLO’s klyngesekretariat', en: "The newly elected reported to PLO's cluster secretariat" },
      fact: record.secretariatInformed,
      missed: {
        da: `Navn, e-mail og valgperiode for de nyvalgte på ${what.da} ${day.da} er ikke sendt til PLO’s klyngesekretariat.`,
        en: `Name, e-mail and term of those elected at ${what.en} on ${day.en} have not been sent to PLO's cluster secretariat.`,
      },
    });
  }
  if (record.kiapUpdated !== undefined || elected.some((post) => COORDINATOR_POST.test(post))) {
    specs.push({
      suffix: 'kiap',
      rule: dutiesRules['duties.kiap-coordinator-update'],
      due: meeting.minutesBy,
      title: { da: 'Den nye koordinator registreres på kiap.dk', en: 'The new coordinator registered on kiap.dk' },
      fact: record.kiapUpdated,
      missed: {
        da: `Koordinatorens navn og e-mail er ikke rettet på kiap.dk efter valget på ${what.da} ${day.da}; den afgående koordinator foretager skiftet.`,
        en: `The coordinator's name and e-mail have not been changed on kiap.dk after the election at ${what.en} on ${day.en}; the outgoing coordinator makes the change.`,
      },
    });
  }

  const duties: DutyStatus[] = [];
  const findings: Finding[] = [];
  for (const spec of specs) {
    const status = duty(spec.rule, { id: `${prefix}-${spec.suffix}`, due: spec.due, title: spec.title }, spec.fact, asOf);
    duties.push(status);
    if (status.state === 'overdue') {
      findings.push(finding(spec.rule, missedSeverity(spec.rule), spec.missed, { duty: status.id, meeting: meeting.meeting, due: spec.due }));
    }
  }
  return { duties, findings };
}

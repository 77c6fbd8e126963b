/**
 * Catalogue entries of the fees area: the coordinator fee split by whole
 * months, the eKVIS preset, the fee set at the AGM and the hourly-rate check.
 */
import { defineRules } from '../../core/ruleEntry.js';
import { consultantHourlyRateTable, specialistCoordinatorFeeTable } from '../../params/fees.js';

export const feesRules = defineRules([
  {
    id: 'fees.whole-months',
    kind: 'requirement',
    sources: [
      { document: 'ekvis-koordinator', section: 'Funktionsperiode' },
      { document: 'ekvis-koordinator', section: 'Honorering' },
    ],
    summary: {
      da: 'Skifter klyngen koordinator i løbet af året, deles årshonoraret mellem dem efter det antal hele måneder, hver har haft opgaven.',
      en: 'When a cluster changes coordinator during the year, the annual fee is divided between them by the whole months each held the post.',
    },
  },
  {
    id: 'fees.month-assignment',
    kind: 'interpretation',
    sources: [
      { document: 'ekvis-koordinator', section: 'Funktionsperiode' },
      { document: 'ekvis-koordinator', section: 'Honorering' },
      { document: 'design-interpretation', section: 'Coordinator fee by whole months' },
    ],
    summary: {
      da: 'Honoraret følger den tid, hver har haft opgaven, talt i hele måneder: som standard tilfalder en måned den, der har haft posten flest dage i den (ved lighed den afgående). Som valg kan måneden i stedet gå til den, der har posten den 1., eller kun til den, der har haft den hele måneden. Måneder uden indehaver (vakance eller før første indehaver) udbetales ikke.',
      en: 'The fee follows the time each has held the task, counted in whole months: by default a month belongs to the holder with most days in it (a tie goes to the outgoing holder). As options, a month can instead go to whoever holds the post on its 1st, or only to a holder who held it all month. Months without a holder (vacancy, or before the first holder) are not paid.',
    },
  },
  {
    id: 'fees.vacant-months',
    kind: 'interpretation',
    sources: [{ document: 'design-interpretation', section: 'Coordinator fee by whole months' }],
    summary: {
      da: 'Måneder, der ikke tilfalder nogen indehaver, giver en oplysning; deres del af honoraret bliver i klyngens midler.',
      en: 'Months that fall to no holder give an information finding; their part of the fee stays in the cluster funds.',
    },
  },
  {
    id: 'fees.specialist-coordinator-fee',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Honorering' }],
    summary: {
      da: 'I speciallægepraksis får klyngekoordinatoren et fast årligt honorar for perioden april–marts; det udbetales én gang om året ved udgangen af marts som B-indkomst.',
      en: 'In specialist practice the cluster coordinator receives a fixed yearly fee for April–March, paid once a year at the end of March as B-income.',
    },
    parameters: [specialistCoordinatorFeeTable],
  },
  {
    id: 'fees.agm-sets-fee',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '3.3' },
      { document: 'klyngeregler-2023', section: '4.2' },
      { document: 'klyngeregler-2023', section: '5.4' },
    ],
    summary: {
      da: 'En klynge i almen praksis fastsætter selv på årsmødet et rimeligt honorar til koordinator og andre med opgaver; aftalen skal stå i referatet med navn og valgperiode.',
      en: 'A general-practice cluster decides at its AGM what reasonable fee its coordinator and others with tasks receive; the agreement must be in the minutes with name and term.',
    },
  },
  {
    id: 'fees.consultant-hourly-rate',
    kind: 'recommendation',
    sources: [{ document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' }],
    summary: {
      da: 'Betaler klyngen honorar efter en konsulenttakst, anbefaler PLO den forhandlede plejehjemstakst omregnet til en timepris; en højere timepris giver en advarsel.',
      en: 'Where the cluster pays by a consultant rate, PLO recommends the negotiated nursing-home rate converted to an hourly price; a higher hourly rate gives a warning.',
    },
    parameters: [consultantHourlyRateTable],
  },
]);

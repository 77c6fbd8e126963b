/**
 * Catalogue entries for the core conventions every rule relies on: how money
 * is rounded and divided, and which days count as working days.
 */
import { defineRules } from './ruleEntry.js';
import { storeBededagTable } from '../params/holidays.js';

export const coreRules = defineRules([
  {
    id: 'money.rounding',
    kind: 'interpretation',
    sources: [{ document: 'design-interpretation', section: 'Money' }],
    summary: {
      da: 'Beløb regnes med decimaltal uden afrundingsfejl og afrundes til hele øre efter "halvt op"-princippet; de vises med to decimaler.',
      en: 'Amounts are computed exactly in decimal and rounded half-up to whole øre; they are shown with two decimals.',
    },
  },
  {
    id: 'money.allocate',
    kind: 'interpretation',
    sources: [{ document: 'design-interpretation', section: 'Splitting money' }],
    summary: {
      da: 'Når et beløb fordeles, får hver del sin forholdsmæssige andel rundet ned til øre; de resterende øre går til de største rester, ved lighed til den største vægt og derefter den første. Delene summerer altid præcist til beløbet.',
      en: 'When an amount is divided, each part gets its proportional share rounded down to øre; leftover øre go to the largest remainders, ties to the larger weight and then the earlier part. The parts always add up exactly.',
    },
  },
  {
    id: 'workdays.public-holidays',
    kind: 'requirement',
    sources: [
      { document: 'lov-76-2023', section: '§ 1' },
      { document: 'forældelsesloven-27', section: '§ 27, stk. 2' },
    ],
    summary: {
      da: 'Helligdagene er nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag og 2. juledag; store bededag kun til og med 2023. Påsken beregnes efter den gregorianske regel.',
      en: "The public holidays are New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day; Store Bededag only up to and including 2023. Easter follows the Gregorian computus.",
    },
    parameters: [storeBededagTable],
  },
  {
    id: 'workdays.statutory-closing-days',
    kind: 'interpretation',
    sources: [{ document: 'forældelsesloven-27', section: '§ 27, stk. 2' }],
    summary: {
      da: 'En hverdag er mandag til fredag, som ikke er lukket. Som standard lukker også grundlovsdag, juleaftensdag og nytårsaftensdag, som når love regner frister; tilstanden "holidays-only" lukker kun helligdagene.',
      en: "A working day is Monday to Friday that is not closed. By default Constitution Day, Christmas Eve and New Year's Eve are closed too, as statutes count deadlines; the 'holidays-only' mode closes the public holidays alone.",
    },
  },
]);

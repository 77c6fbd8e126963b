/** The closed days passed over by a deadline, summed up in one line for people ("2 weekender og påsken"). */
import type { Bilingual } from '../../core/ruleEntry.js';
import { toDayNumber, weekday } from '../../core/dates.js';
import type { SkippedDay } from './explanation.js';

/** Holidays that people name as one period, by their Danish name. */
const PERIODS: Readonly<Record<string, Bilingual>> = {
  Skærtorsdag: { da: 'påsken', en: 'Easter' },
  Langfredag: { da: 'påsken', en: 'Easter' },
  Påskedag: { da: 'påsken', en: 'Easter' },
  '2. påskedag': { da: 'påsken', en: 'Easter' },
  Pinsedag: { da: 'pinsen', en: 'Whitsun' },
  '2. pinsedag': { da: 'pinsen', en: 'Whitsun' },
  Juleaftensdag: { da: 'julen', en: 'Christmas' },
  Juledag: { da: 'julen', en: 'Christmas' },
  '2. juledag': { da: 'julen', en: 'Christmas' },
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joined(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)!}`;
}

/** A holiday's name inside a sentence: Danish names of days are written in lower case, except Kristi himmelfartsdag. */
function inSentence(name: Bilingual): Bilingual {
  return { da: name.da.startsWith('Kristi') ? name.da : name.da.toLowerCase(), en: name.en };
}

/**
 * The skipped days in one line: the number of weekends (a Saturday and the
 * Sunday after count as one), the holidays and closing days by name (Easter,
 * Whitsun and Christmas as one period each, in date order) and the number of
 * extra closed days.
 *
 * @example
 * skippedSummary(agmDeadlines('2025-04-24').explanation.proposalsBy.skipped) // { da: '2 weekender og påsken', en: '2 weekends and Easter' }
 * skippedSummary([]) // { da: 'ingen lukkedage', en: 'no closed days' }
 */
export function skippedSummary(skipped: readonly SkippedDay[]): Bilingual {
  const weekends = new Set<number>();
  const named = new Map<string, Bilingual>();
  let extra = 0;
  for (const day of skipped) {
    if (day.kind === 'weekend') {
      const n = toDayNumber(day.date);
      weekends.add(weekday(n) === 0 ? n - 1 : n);
    } else if (day.kind === 'extra') {
      extra += 1;
    } else {
      const name = PERIODS[day.name.da] ?? inSentence(day.name);
      named.set(name.da, name);
    }
  }
  const da: string[] = [];
  const en: string[] = [];
  if (weekends.size > 0) {
    da.push(count(weekends.size, 'weekend', 'weekender'));
    en.push(count(weekends.size, 'weekend', 'weekends'));
  }
  for (const name of named.values()) {
    da.push(name.da);
    en.push(name.en);
  }
  if (extra > 0) {
    da.push(count(extra, 'ekstra lukkedag', 'ekstra lukkedage'));
    en.push(count(extra, 'extra closed day', 'extra closed days'));
  }
  if (da.length === 0) return { da: 'ingen lukkedage', en: 'no closed days' };
  return { da: joined(da, 'og'), en: joined(en, 'and') };
}

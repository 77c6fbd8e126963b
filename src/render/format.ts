/**
 * Numbers, amounts, dates, places and source references as a reader of one
 * language writes them: Danish `29.166,67 kr.` and `torsdag 20. marts 2025`,
 * English `DKK 29,166.67` and `Thursday 20 March 2025`, the same in every
 * output format.
 */
import type { Bilingual } from '../core/ruleEntry.js';
import { longDate, shortDate, type Lang } from '../core/dateText.js';
import { echo } from '../core/errors.js';
import { formatAmount, formatKroner, toMoney } from '../core/money.js';
import { SOURCE_DOCUMENTS, type SourceRef } from '../core/sources.js';
import { REPORT_PART_LABELS } from './labels.js';

/** Digits grouped in threes with `separator`, in linear time: `groupDigits('1234567', '.')` → `'1.234.567'`. */
function groupDigits(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/**
 * An amount of kroner as the language writes it.
 *
 * @example
 * money('29166.67', 'da') // '29.166,67 kr.'
 * money('29166.67', 'en') // 'DKK 29,166.67'
 */
export function money(amount: string, lang: Lang): string {
  if (lang === 'da') return formatKroner(amount);
  const fixed = formatAmount(toMoney(amount));
  const point = fixed.length - 3;
  return `DKK ${groupDigits(fixed.slice(0, point), ',')}.${fixed.slice(point + 1)}`;
}

/**
 * A whole number with the language's thousands separator.
 *
 * @example
 * wholeNumber(45000, 'da') // '45.000'
 * wholeNumber(45000, 'en') // '45,000'
 */
export function wholeNumber(n: number, lang: Lang): string {
  const digits = String(Math.abs(Math.trunc(n)));
  return `${n < 0 ? '−' : ''}${groupDigits(digits, lang === 'da' ? '.' : ',')}`;
}

/**
 * A date with its weekday (`longDate` of `core/dateText`).
 *
 * @example
 * day('2025-03-20', 'da') // 'torsdag 20. marts 2025'
 */
export function day(date: string, lang: Lang): string {
  return longDate(date, lang);
}

/**
 * A date without its weekday, for table columns.
 *
 * @example
 * dayShort('2025-03-20', 'en') // '20 March 2025'
 */
export function dayShort(date: string, lang: Lang): string {
  return shortDate(date, lang);
}

/** A source reference for people: the document's title, the section, and its link if one exists. */
export interface SourceText {
  readonly text: string;
  readonly url?: string;
}

/**
 * A source reference as a title with its section, and a public link where one exists.
 *
 * @example
 * sourceText({ document: 'klyngeregler-2023', section: '5.3' }, 'da').text
 * // 'Regler for klyngerne (skabelon, PLO og Danske Regioner, 2023), pkt. 5.3'
 */
export function sourceText(ref: SourceRef, lang: Lang): SourceText {
  const doc = SOURCE_DOCUMENTS[ref.document] as (typeof SOURCE_DOCUMENTS)[keyof typeof SOURCE_DOCUMENTS] | undefined;
  if (doc === undefined) return { text: echo(`${ref.document} ${ref.section}`) };
  const titles = 'sectionTitles' in doc ? (doc.sectionTitles as { readonly [s: string]: Bilingual }) : undefined;
  const named = titles?.[ref.section]?.[lang];
  const section =
    doc.sections === 'numbered'
      ? `${lang === 'da' ? 'pkt.' : 'section'} ${ref.section}`
      : doc.sections === 'paragraph'
        ? ref.section
        : `${lang === 'da' ? 'afsnittet' : 'section'} “${named ?? ref.section}”`;
  const text = `${doc.title[lang]}, ${section}`;
  return 'url' in doc ? { text, url: doc.url } : { text };
}

const CLAIM = /^expenses\[(\d+)\](?: (.+))?$/;

/**
 * Where a finding of the year report arose, for people: `Udgift 10 (E10)`
 * for `expenses[9] E10`, the part's name for `agm`, `membership`, ….
 *
 * @example
 * place('expenses[9] E10', 'da') // 'Udgift 10 (E10)'
 * place('agm', 'en') // 'Annual general meeting'
 */
export function place(where: string, lang: Lang): string {
  const claim = CLAIM.exec(where);
  if (claim) return claimName(Number(claim[1]), claim[2], lang);
  const part = Object.prototype.hasOwnProperty.call(REPORT_PART_LABELS, where) ? REPORT_PART_LABELS[where] : undefined;
  return part ? part[lang] : echo(where);
}

/**
 * A claim by its place in the list (0-based index), with its id when it has one.
 *
 * @example
 * claimName(9, 'E10', 'da') // 'Udgift 10 (E10)'
 * claimName(0, undefined, 'en') // 'Expense 1'
 */
export function claimName(index: number, id: string | undefined, lang: Lang): string {
  const word = lang === 'da' ? 'Udgift' : 'Expense';
  return id === undefined ? `${word} ${index + 1}` : `${word} ${index + 1} (${echo(id)})`;
}

/**
 * Rule `restructuring.agm-decision` (klyngeregler-2023 §11.1): a merger, split
 * or dissolution is valid only as a decision of an AGM.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../../core/dates.js';
import { longDates } from '../../core/dateText.js';
import { finding, type Finding } from '../../core/findings.js';
import { restructuringRules } from './restructuringRules.js';

/**
 * Where a restructuring was decided.
 *
 * @example
 * decidedAtSchema.safeParse({ kind: 'extraordinary-agm', date: '2025-09-01' }).success // true
 */
export const decidedAtSchema = z
  .strictObject({
    kind: z.enum(['ordinary-agm', 'extraordinary-agm', 'other']).describe('Which body decided: an ordinary or extraordinary AGM, or other'),
    date: isoDateSchema,
  })
  .describe('Where and when the decision was taken; anything but an AGM breaks §11.1');

/** Where a restructuring was decided. */
export interface DecidedAt {
  readonly kind: 'ordinary-agm' | 'extraordinary-agm' | 'other';
  readonly date: IsoDate;
}

const WHAT = {
  split: { da: 'En deling af klyngen', en: 'A split of the cluster' },
  merge: { da: 'En sammenlægning af klynger', en: 'A merger of clusters' },
  dissolve: { da: 'En opløsning af klyngen', en: 'A dissolution of the cluster' },
  restructure: { da: 'En omlægning af klynger', en: 'A restructuring of clusters' },
} as const;

/** Findings of `restructuring.agm-decision`: none when absent or taken at an AGM. */
export function decisionFindings(decidedAt: DecidedAt | undefined, what: keyof typeof WHAT): Finding[] {
  if (decidedAt === undefined || decidedAt.kind !== 'other') return [];
  const on = longDates(decidedAt.date);
  return [
    finding(
      restructuringRules['restructuring.agm-decision'],
      'violation',
      {
        da: `${WHAT[what].da} besluttet ${on.da} uden for årsmødet/generalforsamlingen er ikke gyldig; den skal besluttes på et ordinært eller ekstraordinært årsmøde.`,
        en: `${WHAT[what].en} decided on ${on.en} outside an AGM is not valid; it must be decided at an ordinary or extraordinary AGM.`,
      },
      { kind: decidedAt.kind, date: decidedAt.date },
    ),
  ];
}

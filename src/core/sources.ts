import { deepFreeze } from './frozen.js';

/** The documents rules are taken from, by citation key (frozen). */
export const SOURCES = deepFreeze({
  'klyngeregler-2023': 'Regler for klynger i almen praksis (skabelon, PLO og Danske Regioner, 26 June 2023), sections 1.1–11.2',
  'retningslinjer-2021': 'Retningslinjer for brug af klyngemidler (Danske Regioner and PLO, November 2021)',
  'kiap-guide': 'Klyngearbejdet i almen praksis — KiAP guide for cluster coordinators (cited by heading)',
  'kiap-klyngeadministration': 'KiAP page "Klyngeadministration og -økonomi": rates per year, consultant hourly rate',
  'ekvis-koordinator': 'eKVIS: Opgaver for klyngekoordinatoren (specialist-practice clusters)',
  organisering: 'Organisering af klyngearbejde — herunder opgaver for klyngekoordinator',
  'lov-76-2023': 'Lov nr. 76 af 28. februar 2023 om afskaffelse af store bededag som helligdag',
  'lov-699-2025': 'Lov nr. 699 af 20. juni 2025 (overgangsloven for sundhedsreformen), § 126',
  'forældelsesloven-27': 'Forældelsesloven § 27, stk. 2: deadlines ending on a weekend, holiday, Grundlovsdag, 24 or 31 December',
  'design-interpretation': 'An interpretation this library makes where the sources are open (see docs/decisions.md)',
} as const);

/** Citation key of a source document. */
export type SourceId = keyof typeof SOURCES;

/** A reference to a section of a source document. */
export interface SourceRef {
  readonly document: SourceId;
  readonly section: string;
}

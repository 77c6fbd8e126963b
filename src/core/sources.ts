import type { Bilingual } from './ruleEntry.js';
import { deepFreeze } from './frozen.js';

/** What this library knows about one source document: its title for people, how its sections are cited, and a public link where one exists. */
export interface SourceDocument {
  /** The document's title as a reader would look it up. */
  readonly title: Bilingual;
  /** A one-line description (English), as listed in `docs/rules.md`. */
  readonly description: string;
  /** `numbered`: sections are numbers (`5.3`); `heading`: sections are headings; `paragraph`: sections are `§` references. */
  readonly sections: 'numbered' | 'heading' | 'paragraph';
  /** A public address of the document, where one is known. */
  readonly url?: string;
  /** Titles of sections cited in English, in both languages (for the library's own interpretations). */
  readonly sectionTitles?: { readonly [section: string]: Bilingual };
}

const INTERPRETATION_SECTIONS: { readonly [section: string]: Bilingual } = {
  'The cluster year and the calendar': { da: 'Klyngeåret og årshjulet', en: 'The cluster year and the calendar' },
  'Expense eligibility': { da: 'Hvad klyngemidlerne kan bruges til', en: 'Expense eligibility' },
  'Coordinator fee by whole months': { da: 'Koordinatorhonorar i hele måneder', en: 'Coordinator fee by whole months' },
  'Voting right': { da: 'Stemmeret', en: 'Voting right' },
  Voting: { da: 'Afstemning', en: 'Voting' },
  'Trainee doctors': { da: 'Uddannelseslæger', en: 'Trainee doctors' },
  'Splitting money': { da: 'Deling af beløb', en: 'Splitting money' },
  Money: { da: 'Beløb', en: 'Money' },
  Restructuring: { da: 'Sammenlægning og deling af klynger', en: 'Restructuring' },
};

/**
 * The source documents by citation key: title, description, citation style
 * and, where one exists, a public link. The report shows a reference as the
 * title with its section (and the link) instead of the key.
 *
 * @example
 * SOURCE_DOCUMENTS['lov-76-2023'].url // 'https://www.retsinformation.dk/eli/lta/2023/76'
 * SOURCE_DOCUMENTS['klyngeregler-2023'].title.da // 'Regler for klyngerne (skabelon, PLO og Danske Regioner, 2023)'
 */
export const SOURCE_DOCUMENTS = Object.freeze(deepFreeze({
  'klyngeregler-2023': {
    title: { da: 'Regler for klyngerne (skabelon, PLO og Danske Regioner, 2023)', en: 'Rules for the clusters (template, PLO and Danske Regioner, 2023)' },
    description: 'Regler for klynger i almen praksis (skabelon, PLO og Danske Regioner, 26 June 2023), sections 1.1–11.2',
    sections: 'numbered',
  },
  'retningslinjer-2021': {
    title: { da: 'Retningslinjer for brug af klyngemidler (Danske Regioner og PLO, 2021)', en: 'Guidelines for the use of cluster funds (Danske Regioner and PLO, 2021)' },
    description: 'Retningslinjer for brug af klyngemidler (Danske Regioner and PLO, November 2021)',
    sections: 'heading',
  },
  'kiap-guide': {
    title: { da: 'Klyngearbejdet i almen praksis (KiAP’s guide til klyngekoordinatorer)', en: 'Cluster work in general practice (KiAP guide for cluster coordinators)' },
    description: 'Klyngearbejdet i almen praksis — KiAP guide for cluster coordinators (cited by heading)',
    sections: 'heading',
    url: 'https://kiap.dk/kiap/klynge/klyngekoordinator/',
  },
  'kiap-klyngeadministration': {
    title: { da: 'KiAP: Klyngeadministration og -økonomi', en: 'KiAP: Cluster administration and finances' },
    description: 'KiAP page "Klyngeadministration og -økonomi": rates per year, consultant hourly rate',
    sections: 'heading',
    url: 'https://kiap.dk/kiap/klynge/klyngekoordinator/hjaelp/klyngeadministration.php',
  },
  'ekvis-koordinator': {
    title: { da: 'eKVIS: Opgaver for klyngekoordinatoren (speciallægepraksis)', en: 'eKVIS: Tasks of the cluster coordinator (specialist practice)' },
    description: 'eKVIS: Opgaver for klyngekoordinatoren (specialist-practice clusters)',
    sections: 'heading',
    url: 'https://www.ekvis.dk',
  },
  organisering: {
    title: { da: 'Organisering af klyngearbejde — herunder opgaver for klyngekoordinator', en: 'Organising cluster work, including the coordinator’s tasks' },
    description: 'Organisering af klyngearbejde — herunder opgaver for klyngekoordinator',
    sections: 'heading',
  },
  'lov-76-2023': {
    title: { da: 'Lov nr. 76 af 28. februar 2023 om afskaffelse af store bededag som helligdag', en: 'Act no. 76 of 28 February 2023 abolishing Store Bededag as a public holiday' },
    description: 'Lov nr. 76 af 28. februar 2023 om afskaffelse af store bededag som helligdag',
    sections: 'paragraph',
    url: 'https://www.retsinformation.dk/eli/lta/2023/76',
  },
  'lov-699-2025': {
    title: { da: 'Lov nr. 699 af 20. juni 2025 (overgangsloven for sundhedsreformen)', en: 'Act no. 699 of 20 June 2025 (transition act of the health reform)' },
    description: 'Lov nr. 699 af 20. juni 2025 (overgangsloven for sundhedsreformen), § 126',
    sections: 'paragraph',
    url: 'https://www.retsinformation.dk/eli/lta/2025/699',
  },
  'forældelsesloven-27': {
    title: { da: 'Forældelsesloven', en: 'The Danish Limitation Act (forældelsesloven)' },
    description: 'Forældelsesloven § 27, stk. 2: deadlines ending on a weekend, holiday, Grundlovsdag, 24 or 31 December',
    sections: 'paragraph',
  },
  'design-interpretation': {
    title: { da: 'Klyngereglers fortolkning (docs/decisions.md)', en: 'Interpretation by klyngeregler (docs/decisions.md)' },
    description: 'An interpretation this library makes where the sources are open (see docs/decisions.md)',
    sections: 'heading',
    sectionTitles: INTERPRETATION_SECTIONS,
  },
} as const satisfies { readonly [key: string]: SourceDocument }));

/** Citation key of a source document. */
export type SourceId = keyof typeof SOURCE_DOCUMENTS;

/**
 * The documents rules are taken from, by citation key, with a one-line description.
 *
 * @example
 * SOURCES['kiap-guide'] // 'Klyngearbejdet i almen praksis — KiAP guide for cluster coordinators (cited by heading)'
 */
export const SOURCES: { readonly [K in SourceId]: string } = Object.freeze(
  Object.fromEntries(Object.entries(SOURCE_DOCUMENTS).map(([key, doc]) => [key, doc.description])) as { [K in SourceId]: string },
);

/** A reference to a section of a source document. */
export interface SourceRef {
  readonly document: SourceId;
  readonly section: string;
}

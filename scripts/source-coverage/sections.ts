/**
 * Every numbered section of klyngeregler-2023 and every heading of the other
 * sources, by citation key and section (numbers and headings only; nothing
 * copied from the texts). A section is either cited by at least one rule in
 * the catalogue, or listed here with the reason it is not modelled.
 * `docs/coverage.md` is generated from this list and the catalogue, and
 * `test/coverage.test.ts` fails when a section is neither cited nor
 * explained, or when a rule cites a section that is not in this list.
 */

/** One section of a source document. */
export interface SourceSection {
  readonly document: string;
  readonly section: string;
  /** Why no rule cites it (in our own words); absent when rules cite it. */
  readonly notModelled?: string;
}

const NO_CHECKABLE_FACT = 'describes purpose or background; there is no fact a cluster has that could be checked against it';

const k = (section: string, notModelled?: string): SourceSection =>
  notModelled === undefined ? { document: 'klyngeregler-2023', section } : { document: 'klyngeregler-2023', section, notModelled };
const of =
  (document: string) =>
  (section: string, notModelled?: string): SourceSection =>
    notModelled === undefined ? { document, section } : { document, section, notModelled };

const guide = of('kiap-guide');
const ekvis = of('ekvis-koordinator');
const guidelines = of('retningslinjer-2021');
const organisering = of('organisering');

export const SOURCE_SECTIONS: readonly SourceSection[] = [
  // Regler for klynger i almen praksis (2023)
  k('1.1'),
  k('2.1'),
  k('2.2'),
  k('2.3'),
  k('3.1'),
  k('3.2'),
  k('3.3'),
  k('4'),
  k('4.1'),
  k('4.2'),
  k('4.3'),
  k('5.1'),
  k('5.2'),
  k('5.3'),
  k('5.4'),
  k('6.1'),
  k('6.2'),
  k('7.1'),
  k('7.2', "the coordinator's general responsibility for good conditions for quality work is not a dated duty or a condition on facts a cluster records"),
  k('7.3'),
  k('8.1'),
  k('9.1'),
  k('9.2', 'an option for the coordinator (power of attorney over the account) with no condition or deadline to check'),
  k('10.1'),
  k('10.2'),
  k('10.3'),
  k('10.4'),
  k('10.5'),
  k('11.1'),
  k('11.2'),

  // Retningslinjer for brug af klyngemidler (2021)
  guidelines('De formelle rammer for klyngearbejdet'),
  guidelines('Retningslinjer for brug af klyngemidler', 'introduces the headings below; each of them is cited on its own'),
  guidelines('Indkøb af udstyr'),
  guidelines('Indkøb af konsulentbistand'),
  guidelines('Undervisning og efteruddannelse'),
  guidelines('Mødeafholdelse i klyngerne'),

  // KiAP guide for cluster coordinators
  guide('Klyngernes tilblivelse og formål', NO_CHECKABLE_FACT),
  guide('Lidt om KiAP', NO_CHECKABLE_FACT),
  guide('Indsatsområder i klyngearbejdet', 'the clusters choose their own methods; the focus areas are expectations with no fact to check'),
  guide('Datadrevet kvalitetsarbejde i klyngerne', 'quality work on data is the content of the meetings, which the library does not judge'),
  guide('Formel oprettelse af klyngerne'),
  guide('Rollen som klyngekoordinator'),
  guide('Skift af klyngekoordinator og bestyrelsesmedlemmer'),
  guide('Tips til en klyngebestyrelse', 'advice on how a board may share work; nothing required or dated'),
  guide('Klyngens regler'),
  guide('Klyngens økonomi'),
  guide('Brug af klyngemidler'),
  guide('Regler for budget og regnskab'),
  guide('Udbetaling af honorarer og indberetning til SKAT'),
  guide('Tjekliste om klyngens økonomi'),
  guide('Eksterne parters kontakt med klyngerne', "how outside parties may approach a cluster; no duty of the cluster's"),
  guide('Data og klyngepakker til møderne', 'describes material for meetings, not a rule'),
  guide('Opfølgning på klyngemøder', 'advice on follow-up; no fact the library receives'),
  guide('Regionernes klyngetilbud', "describes the regions' offers to clusters"),
  guide('Gode råd til ledelse af klyngemøder', 'advice on leading a meeting'),
  guide('Virtuelle og delvist virtuelle klyngemøder', 'advice on virtual meetings; no condition on funds or deadlines'),
  guide('Eksempler og inspiration fra andre klynger', NO_CHECKABLE_FACT),
  guide('Netværksmøder lokalt, regionalt og nationalt', NO_CHECKABLE_FACT),
  guide('Kontaktoplysninger, nyhedsbreve og sociale medier', 'contact details only'),

  // KiAP page on cluster administration
  of('kiap-klyngeadministration')('Klyngens økonomi og udbetaling af midler'),

  // eKVIS: the coordinator in specialist-practice clusters
  ekvis('Plan og status for klyngens aktiviteter'),
  ekvis('Møder'),
  ekvis('Videndeling, sparring og kompetenceudvikling'),
  ekvis('Kontaktperson', "the coordinator as the cluster's contact to others: a role, not a checkable duty"),
  ekvis('Honorering'),
  ekvis('Funktionsperiode'),

  // Organisering af klyngearbejde
  organisering('Organisering af klyngearbejde'),
  organisering('Opgaver for klyngekoordinator', "the agreement's list of coordinator tasks; the dated ones are modelled under klyngeregler-2023 and the calendar"),
  organisering('Understøtning af klyngekoordinator', 'ways to support the coordinator (data access, regional support, courses); nothing a cluster must do'),

  // Statutes and the library's own interpretations
  of('lov-76-2023')('§ 1'),
  of('lov-699-2025')('§ 126'),
  of('forældelsesloven-27')('§ 27, stk. 2'),
];

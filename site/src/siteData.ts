import type { ConformanceCase as BaseCase } from '../../test/conformance/cases.js';

/** The data the build reads from the repository and inlines into the page (what the library cannot answer itself). */

/** One language-neutral conformance case (test/conformance/*.json) with the file it came from, e.g. `agm.json`. */
export type ConformanceCase = BaseCase & { readonly file: string };

/** A passage of docs/decisions*.md that names a rule id, rendered to HTML at build time. */
export interface DecisionBlock {
  /** e.g. `docs/decisions/agm-calendar.md`. */
  readonly file: string;
  /** The heading the passage stands under. */
  readonly heading: string;
  readonly html: string;
}

/** A cluster-year document from examples/. */
export interface ExampleDocument {
  readonly file: string;
  readonly text: string;
}

/** Everything the build inlines. */
export interface SiteData {
  readonly cases: readonly ConformanceCase[];
  readonly decisions: Readonly<Record<string, readonly DecisionBlock[]>>;
  readonly examples: readonly ExampleDocument[];
}

/** What every view gets: the language, its labels, and the element to draw into. */
import type { Lang } from './i18n.js';
import { LABELS } from './i18n.js';

export interface ViewContext {
  readonly lang: Lang;
  readonly t: (typeof LABELS)[Lang];
  readonly main: HTMLElement;
}

/** The other language of the two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'da' ? 'en' : 'da';
}

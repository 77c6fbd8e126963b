/** The site's entry: layout, language toggle and hash routes. Built as one classic script (IIFE). */
import type { ViewContext } from './context.js';
import { esc } from './html.js';
import type { Lang } from './i18n.js';
import { LABELS } from './i18n.js';
import { renderCheck } from './views/check.js';
import { renderDeadlines } from './views/deadlines.js';
import { renderParams } from './views/params.js';
import { renderRuleList, renderRulePage } from './views/rules.js';

const STORE = 'klyngeregler-lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORE) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

let lang: Lang = initialLang();

function route(): string {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
}

function header(): void {
  const t = LABELS[lang];
  const current = route().split('/')[0] ?? '';
  const link = (href: string, key: string, label: string) => `<a href="#/${href}"${current === key ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  document.querySelector('#top')!.innerHTML =
    `<a class="skip" href="#main" id="skip">${esc(t.skip)}</a>` +
    `<nav aria-label="${esc(t.title)}"><a class="brand" href="#/">${esc(t.title)}</a>` +
    link('', '', t.nav.rules) + link('parametre', 'parametre', t.nav.params) + link('tjek', 'tjek', t.nav.check) + link('frister', 'frister', t.nav.deadlines) +
    `<button type="button" id="lang" lang="${t.toggleLang}">${esc(t.toggle)}</button></nav>`;
  document.querySelector('#skip')!.addEventListener('click', (event) => {
    event.preventDefault();
    document.querySelector<HTMLElement>('#main h1')?.focus();
  });
  document.querySelector('#lang')!.addEventListener('click', () => {
    lang = lang === 'da' ? 'en' : 'da';
    try {
      localStorage.setItem(STORE, lang);
    } catch {
      // storage may be unavailable on file://; the toggle still works for this visit
    }
    render(false);
    document.querySelector<HTMLElement>('#lang')?.focus();
  });
  document.querySelector('#foot')!.textContent = t.footer;
}

function render(moveFocus: boolean): void {
  document.documentElement.lang = lang;
  header();
  const t = LABELS[lang];
  const main = document.querySelector<HTMLElement>('#main')!;
  const ctx: ViewContext = { lang, t, main };
  const [page = '', ...rest] = route().split('/');
  let found = true;
  if (page === '') renderRuleList(ctx);
  else if (page === 'regel') found = renderRulePage(ctx, rest.join('/'));
  else if (page === 'parametre') renderParams(ctx);
  else if (page === 'tjek') renderCheck(ctx);
  else if (page === 'frister') renderDeadlines(ctx);
  else found = false;
  if (!found) main.innerHTML = `<h1 tabindex="-1">${esc(t.notFound)}</h1><p><a href="#/">${esc(t.allRules)}</a></p>`;
  const h1 = main.querySelector('h1');
  document.title = `${h1?.textContent ?? ''} · ${t.title}`;
  if (moveFocus) {
    window.scrollTo(0, 0);
    main.querySelector<HTMLElement>('h1')?.focus();
  }
}

window.addEventListener('hashchange', () => render(true));
render(false);

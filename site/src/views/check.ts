/** "Tjek et år": validate a cluster-year document and show its report. */
import { formatPath } from '../../../src/core/errors.js';
import { longDate } from '../../../src/core/dateText.js';
import { isKlyngeInputError } from '../../../src/index.js';
import { data } from '../data.js';
import { DUTY_STATES, dutiesByState, evaluateAsOf } from '../asOf.js';
import type { ViewContext } from '../context.js';
import { esc } from '../html.js';
import { reportHtml } from '../reportView.js';

/** The document and date last checked, kept while the visitor moves between pages or languages. */
const state = { text: '', asOf: '' };

/** Put report HTML into the page: a fragment as it is, a whole document as its styles and body. */
function insertReport(target: HTMLElement, html: string): void {
  if (!/<body[\s>]/i.test(html)) {
    target.innerHTML = html;
    return;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // the page's own rules for <body> apply to the report's box here, not to the site
  const styles = [...doc.querySelectorAll('style')].map((s) => s.outerHTML.replace(/\bbody(?=\s*\{)/g, '#report'));
  target.innerHTML = styles.join('') + doc.body.innerHTML;
  // wide tables scroll inside their own box, so the page never scrolls sideways on a phone
  for (const table of target.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('scroll')) continue;
    const box = document.createElement('div');
    box.className = 'scroll';
    table.replaceWith(box);
    box.append(table);
  }
}

function check(ctx: ViewContext): void {
  const { t, lang } = ctx;
  const out = ctx.main.querySelector<HTMLElement>('#check-result')!;
  if (state.text.trim() === '') {
    out.innerHTML = `<p class="error">${esc(t.check.noDoc)}</p>`;
    return;
  }
  let document: unknown;
  try {
    document = JSON.parse(state.text);
  } catch (error) {
    out.innerHTML = `<div class="problems" role="alert"><h2>${esc(t.badJson)}</h2><p lang="en">${esc(error instanceof Error ? error.message : String(error))}</p></div>`;
    return;
  }
  try {
    const asOf = state.asOf === '' ? undefined : state.asOf;
    const report = evaluateAsOf(document, asOf);
    const s = report.summary;
    let status = '';
    if (asOf !== undefined) {
      const groups = dutiesByState(report);
      const list = (items: typeof report.duties) => `<ul>${items.map((d) => `<li data-state="${d.state}"><time datetime="${d.due}">${esc(longDate(d.due, lang))}</time>: ${esc(d.title[lang])}</li>`).join('')}</ul>`;
      status =
        `<section class="as-of" data-testid="as-of"><h2>${esc(t.check.status(longDate(asOf, lang)))}</h2><div class="two">` +
        DUTY_STATES.map((state) => `<div><h3>${esc(t.check.states[state])} (${groups[state].length})</h3>${list(groups[state])}</div>`).join('') +
        `</div></section>`;
    }
    out.innerHTML =
      `<p class="verdict ${s.violations > 0 ? 'bad' : 'good'}" data-testid="verdict" data-violations="${s.violations}" data-warnings="${s.warnings}" data-infos="${s.infos}">` +
      `${esc(t.check.verdict(s.violations, s.warnings, s.infos))}</p>${status}<div id="report"></div>`;
    insertReport(out.querySelector<HTMLElement>('#report')!, reportHtml(report, lang, document));
  } catch (error) {
    if (!isKlyngeInputError(error)) throw error;
    const rows = error.issues.map((i) => `<tr><td><code data-testid="issue-path">${esc(formatPath(i.path, t.check.whole))}</code></td><td lang="${lang}">${esc(i.messages[lang])}</td></tr>`);
    out.innerHTML =
      `<div class="problems" role="alert" data-testid="problems"><h2>${esc(t.check.invalid(error.issues.length))}</h2>` +
      `<div class="scroll"><table><thead><tr><th scope="col">${esc(t.check.path)}</th><th scope="col">${esc(t.check.problem)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></div>`;
  }
}

/** The check page. */
export function renderCheck(ctx: ViewContext): void {
  const { t } = ctx;
  const options = data.examples.map((e, i) => `<option value="${i}">${esc(e.file)}</option>`);
  ctx.main.innerHTML =
    `<h1 tabindex="-1">${esc(t.nav.check)}</h1><p>${esc(t.check.intro)}</p>` +
    `<form id="check-form" class="check-form">` +
    `<div class="field"><label for="example">${esc(t.check.example)}</label> <select id="example"><option value="">${esc(t.check.choose)}</option>${options.join('')}</select></div>` +
    `<div class="drop" id="drop"><label for="file">${esc(t.check.drop)}</label> <input id="file" type="file" accept=".json,application/json"></div>` +
    `<div class="field"><label for="document">${esc(t.check.document)}</label><textarea id="document" rows="10" spellcheck="false"></textarea></div>` +
    `<div class="field"><label for="as-of">${esc(t.check.asOf)}</label> <input id="as-of" type="date" aria-describedby="as-of-help"> <span id="as-of-help" class="muted">${esc(t.check.asOfHelp)}</span></div>` +
    `<button type="submit">${esc(t.check.run)}</button></form><div id="check-result" aria-live="polite"></div>`;
  const textarea = ctx.main.querySelector<HTMLTextAreaElement>('#document')!;
  const asOfInput = ctx.main.querySelector<HTMLInputElement>('#as-of')!;
  textarea.value = state.text;
  asOfInput.value = state.asOf;
  const load = (text: string) => {
    textarea.value = text;
    state.text = text;
    check(ctx);
  };
  textarea.addEventListener('input', () => (state.text = textarea.value));
  asOfInput.addEventListener('change', () => (state.asOf = asOfInput.value));
  ctx.main.querySelector<HTMLSelectElement>('#example')!.addEventListener('change', (event) => {
    const chosen = data.examples[Number((event.target as HTMLSelectElement).value)];
    if (chosen) load(chosen.text);
  });
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(load);
  };
  ctx.main.querySelector<HTMLInputElement>('#file')!.addEventListener('change', (event) => readFile((event.target as HTMLInputElement).files?.[0]));
  const drop = ctx.main.querySelector<HTMLElement>('#drop')!;
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const dt = (event as DragEvent).dataTransfer;
    if (dt === null) return;
    if (dt.files.length > 0) readFile(dt.files[0]);
    else load(dt.getData('text/plain'));
  });
  ctx.main.querySelector<HTMLFormElement>('#check-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    state.text = textarea.value;
    state.asOf = asOfInput.value;
    check(ctx);
  });
  if (state.text.trim() !== '') check(ctx);
}

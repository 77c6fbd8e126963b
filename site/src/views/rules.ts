/** The rule list with search, and one page per rule. */
import { listRules } from '../../../src/index.js';
import type { ParameterTable, RuleEntry } from '../../../src/index.js';
import { data } from '../data.js';
import type { ViewContext } from '../context.js';
import { otherLang } from '../context.js';
import { esc } from '../html.js';
import { matches } from '../search.js';
import { valueText } from '../params.js';
import { meetsCase, runFunction } from '../runExample.js';
import type { RunOutcome } from '../runExample.js';
import type { ConformanceCase } from '../siteData.js';
import { sourceInfo } from '../sources.js';

/** Text searched for a rule: id, kind, both summaries, source keys, titles and sections. */
function haystack(rule: RuleEntry, ctx: ViewContext): string {
  return [
    rule.id,
    ctx.t.kind[rule.kind],
    rule.summary.da,
    rule.summary.en,
    ...rule.sources.flatMap((s) => [s.document, s.section, sourceInfo(s.document, ctx.lang).title]),
  ]
    .join(' ')
    .toLowerCase();
}

function kindBadge(rule: RuleEntry, ctx: ViewContext): string {
  return `<span class="kind ${rule.kind}" title="${esc(ctx.t.kindHelp[rule.kind])}">${esc(ctx.t.kind[rule.kind])}</span>`;
}

let lastQuery = '';

/** The list of every rule with a search field that filters it as you type. */
export function renderRuleList(ctx: ViewContext): void {
  const { t, lang } = ctx;
  const rules = listRules();
  const items = rules.map(
    (r) =>
      `<li data-rule="${esc(r.id)}"><a href="#/regel/${esc(r.id)}"><code>${esc(r.id)}</code></a> ${kindBadge(r, ctx)}<br><span>${esc(r.summary[lang])}</span></li>`,
  );
  ctx.main.innerHTML =
    `<h1 tabindex="-1">${esc(t.title)}</h1><p>${esc(t.tagline)}</p>` +
    `<div class="search"><label for="search">${esc(t.search)}</label> <input id="search" type="search" autocomplete="off" placeholder="${esc(t.searchHint)}" aria-describedby="search-count"></div>` +
    `<p id="search-count" role="status" aria-live="polite"></p>` +
    `<ul class="rule-list" id="rule-list">${items.join('')}</ul><p id="no-match" hidden>${esc(t.noMatch)}</p>`;
  const input = ctx.main.querySelector<HTMLInputElement>('#search')!;
  const texts = new Map<string, string>(rules.map((r) => [r.id, haystack(r, ctx)]));
  const apply = () => {
    lastQuery = input.value;
    let shown = 0;
    for (const li of ctx.main.querySelectorAll<HTMLLIElement>('#rule-list > li')) {
      const hit = matches(texts.get(li.dataset.rule ?? '') ?? '', input.value);
      li.hidden = !hit;
      if (hit) shown += 1;
    }
    ctx.main.querySelector('#search-count')!.textContent = t.ruleCount(shown, rules.length);
    ctx.main.querySelector<HTMLElement>('#no-match')!.hidden = shown > 0;
  };
  input.value = lastQuery;
  input.addEventListener('input', apply);
  apply();
}

/** One parameter table with its full dated history. */
export function parameterTableHtml(table: ParameterTable<unknown>, ctx: ViewContext): string {
  const rows = table.values.map((v) => {
    const s = sourceInfo(v.source.document, ctx.lang);
    return `<tr><td><time datetime="${v.from}">${v.from}</time></td><td>${v.until === undefined ? '–' : `<time datetime="${v.until}">${v.until}</time>`}</td><td class="num">${esc(valueText(v.value))}</td><td>${sourceLink(s.title, s.url)}, ${esc(v.source.section)}</td></tr>`;
  });
  return (
    `<div class="param" id="param-${esc(table.name)}"><h3><code>${esc(table.name)}</code></h3><p>${esc(table.description[ctx.lang])} (${esc(ctx.t.unit)}: ${esc(table.unit)})</p>` +
    `<div class="scroll"><table><thead><tr>${ctx.t.paramColumns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></div>`
  );
}

function sourceLink(title: string, url: string | undefined): string {
  return url === undefined ? esc(title) : `<a href="${esc(url)}" rel="noreferrer">${esc(title)}</a>`;
}

function outcomeHtml(outcome: RunOutcome, c: ConformanceCase, ctx: ViewContext): string {
  const { t, lang } = ctx;
  const ok = meetsCase(outcome, c);
  const status = `<p class="status ${ok ? 'ok' : 'off'}" data-testid="status">${ok ? '✓ ' + esc(t.asExpected) : '✗ ' + esc(t.notAsExpected)}</p>`;
  if (outcome.kind === 'error') return `${status}<p class="error">${esc(t.unexpectedError)}: ${esc(outcome.message)}</p>`;
  if (outcome.kind === 'rejected') {
    const issues = outcome.issues.map((i) => `<li><code>${esc(JSON.stringify(i.path))}</code> <span lang="en">${esc(i.message)}</span></li>`);
    return `${status}<h4>${esc(t.rejected)}</h4><ul class="issues" data-testid="issues">${issues.join('')}</ul>`;
  }
  const value = outcome.value;
  const text = value === undefined ? 'undefined' : JSON.stringify(value, null, 2);
  let findings = '';
  const list = typeof value === 'object' && value !== null ? (value as { findings?: unknown }).findings : undefined;
  if (Array.isArray(list) && list.length > 0) {
    findings =
      `<h4>${esc(t.findings)}</h4><ul class="findings">` +
      list
        .map((f: { severity: 'violation' | 'warning' | 'info'; rule: string; message: { da: string; en: string } }) => `<li class="finding ${esc(f.severity)}"><span class="sev">${esc(t.severity[f.severity])}</span> <a href="#/regel/${esc(f.rule)}"><code>${esc(f.rule)}</code></a>: ${esc(f.message[lang])}</li>`)
        .join('') +
      '</ul>';
  }
  return `${status}${findings}<h4>${esc(t.result)}</h4><pre data-testid="result">${esc(text)}</pre>`;
}

function exampleHtml(c: ConformanceCase, index: number, ctx: ViewContext): string {
  const { t } = ctx;
  const args = JSON.stringify(c.input, null, 2);
  const expected = c.throws ? `<p>${esc(t.rejectedExpected)}${c.throws.path ? ` (<code>${esc(JSON.stringify(c.throws.path))}</code>)` : ''}</p>` : `<pre>${esc(JSON.stringify(c.expected, null, 2))}</pre>`;
  return (
    `<article class="example" data-case="${index}" data-fn="${esc(c.fn)}"><h3 lang="en">${esc(c.name)}</h3>` +
    `<p><code>${esc(c.fn)}(…)</code> · <span class="muted">test/conformance/${esc(c.file)}</span></p>` +
    `<div class="example-grid"><div><label for="args-${index}">${esc(t.args)}</label><textarea id="args-${index}" spellcheck="false" rows="${Math.min(12, args.split('\n').length + 1)}">${esc(args)}</textarea>` +
    `<div class="buttons"><button type="button" data-action="run">${esc(t.run)}</button> <button type="button" data-action="reset" class="secondary">${esc(t.reset)}</button></div>` +
    `<details><summary>${esc(t.expected)}</summary>${expected}</details></div>` +
    `<div class="outcome" data-testid="outcome" aria-live="polite"></div></div></article>`
  );
}

/** The page of one rule: kind, sources, summaries, parameters, interpretation and runnable examples. */
export function renderRulePage(ctx: ViewContext, id: string): boolean {
  const rule = listRules().find((r) => r.id === id) as RuleEntry | undefined;
  if (rule === undefined) return false;
  const { t, lang } = ctx;
  const other = otherLang(lang);
  const sources = rule.sources.map((s) => {
    const info = sourceInfo(s.document, lang);
    return `<li>${sourceLink(info.title, info.url)} — ${esc(t.section)} ${esc(s.section)} <span class="muted">(<code>${esc(s.document)}</code>)</span></li>`;
  });
  const params = (rule.parameters ?? []).map((p) => parameterTableHtml(p, ctx));
  const decisions = (data.decisions[rule.id] ?? []).map(
    (d) => `<blockquote lang="en">${d.html}<footer class="muted">${esc(t.interpretationFrom)} ${esc(d.file)} — ${d.heading}</footer></blockquote>`,
  );
  const cases = data.cases.filter((c) => c.rule === rule.id);
  const summaryLabel = (l: 'da' | 'en') => (l === 'da' ? t.summaryDa : t.summaryEn);
  ctx.main.innerHTML =
    `<p class="crumbs"><a href="#/">${esc(t.allRules)}</a></p>` +
    `<h1 tabindex="-1"><code>${esc(rule.id)}</code></h1><p>${kindBadge(rule, ctx)} <span class="muted">${esc(t.kindHelp[rule.kind])}</span></p>` +
    `<div class="summaries"><section lang="${lang}"><h2>${esc(summaryLabel(lang))}</h2><p data-testid="summary">${esc(rule.summary[lang])}</p></section>` +
    `<section lang="${other}"><h2 lang="${lang}">${esc(summaryLabel(other))}</h2><p>${esc(rule.summary[other])}</p></section></div>` +
    `<h2>${esc(t.sources)}</h2><ul>${sources.join('')}</ul>` +
    (params.length ? `<h2>${esc(t.parameters)}</h2>${params.join('')}` : '') +
    (decisions.length ? `<h2>${esc(t.interpretation)}</h2>${decisions.join('')}` : '') +
    `<h2>${esc(t.examples)}</h2>` +
    (cases.length ? `<p>${esc(t.examplesHelp)}</p>${cases.map((c, i) => exampleHtml(c, i, ctx)).join('')}` : `<p>${esc(t.noExamples)}</p>`);

  ctx.main.querySelectorAll<HTMLElement>('article.example').forEach((article) => {
    const c = cases[Number(article.dataset.case)]!;
    const textarea = article.querySelector('textarea')!;
    const out = article.querySelector<HTMLElement>('.outcome')!;
    const run = () => {
      let args: unknown;
      try {
        args = JSON.parse(textarea.value);
      } catch (error) {
        out.innerHTML = `<p class="error">${esc(t.badJson)}: ${esc(error instanceof Error ? error.message : String(error))}</p>`;
        return;
      }
      if (!Array.isArray(args)) {
        out.innerHTML = `<p class="error">${esc(t.argsMustBeList)}</p>`;
        return;
      }
      out.innerHTML = outcomeHtml(runFunction(c.fn, args), c, ctx);
    };
    article.querySelector('[data-action=run]')!.addEventListener('click', run);
    article.querySelector('[data-action=reset]')!.addEventListener('click', () => {
      textarea.value = JSON.stringify(c.input, null, 2);
      run();
    });
    run();
  });
  return true;
}

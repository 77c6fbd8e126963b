/** Every dated parameter table with its history and the rules that use it. */
import { listRules } from '../../../src/index.js';
import type { ViewContext } from '../context.js';
import { esc } from '../html.js';
import { allParameterTables } from '../params.js';
import { parameterTableHtml } from './rules.js';

/** The parameters page. */
export function renderParams(ctx: ViewContext): void {
  const rules = listRules();
  const tables = allParameterTables().map((table) => {
    const users = rules.filter((r) => (r.parameters ?? []).some((p) => p === table || p.name === table.name));
    const used = users.length ? `<p>${esc(ctx.t.usedBy)}: ${users.map((r) => `<a href="#/regel/${esc(r.id)}"><code>${esc(r.id)}</code></a>`).join(', ')}</p>` : '';
    return parameterTableHtml(table, ctx) + used;
  });
  ctx.main.innerHTML = `<h1 tabindex="-1">${esc(ctx.t.nav.params)}</h1><p>${esc(ctx.t.paramsIntro)}</p>${tables.join('')}`;
}

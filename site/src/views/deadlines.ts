/** "Frister": an AGM date's deadlines with the skipped days, and the year's calendar as .ics. */
import { longDate } from '../../../src/core/dateText.js';
import { agmDeadlines, annualCalendar, isKlyngeInputError, toICalendar } from '../../../src/index.js';
import type { DeadlineExplanation } from '../../../src/index.js';
import type { ViewContext } from '../context.js';
import { esc } from '../html.js';

const state = { meeting: '2025-03-27', workingDayNotice: false };

function deadlineRow(label: string, e: DeadlineExplanation, ctx: ViewContext): string {
  const { t, lang } = ctx;
  const skipped = e.skipped.length
    ? `<ul>${e.skipped.map((d) => `<li><time datetime="${d.date}">${esc(longDate(d.date, lang))}</time> — ${esc(d.name[lang])}</li>`).join('')}</ul>`
    : esc(t.deadlines.none);
  const moved = e.movedFrom === undefined ? '' : `<br><span class="muted">${esc(t.deadlines.movedFrom)} ${esc(longDate(e.movedFrom, lang))}</span>`;
  return (
    `<tr data-testid="deadline-${e.rule}"><th scope="row">${esc(label)}<br><a href="#/regel/${esc(e.rule)}"><code>${esc(e.rule)}</code></a></th>` +
    `<td><time datetime="${e.result}" data-testid="date">${esc(longDate(e.result, lang))}</time>${moved}</td><td data-label="${esc(t.deadlines.how)}">${esc(e.method[lang])}</td><td data-label="${esc(t.deadlines.skipped)}">${skipped}</td></tr>`
  );
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function show(ctx: ViewContext): void {
  const { t, lang } = ctx;
  const out = ctx.main.querySelector<HTMLElement>('#deadlines-result')!;
  try {
    const d = agmDeadlines(state.meeting, state.workingDayNotice ? { noticeOnWorkingDay: true } : {});
    const year = Number(state.meeting.slice(0, 4));
    const events = annualCalendar({ year, agmDate: state.meeting });
    const findings = d.findings.map((f) => `<li class="finding ${f.severity}"><span class="sev">${esc(t.severity[f.severity])}</span> <a href="#/regel/${esc(f.rule)}"><code>${esc(f.rule)}</code></a>: ${esc(f.message[lang])}</li>`);
    out.innerHTML =
      `<h2>${esc(longDate(d.meeting, lang))}</h2>` +
      (findings.length ? `<ul class="findings">${findings.join('')}</ul>` : '') +
      `<div class="scroll"><table class="deadlines"><thead><tr><th scope="col">${esc(t.deadlines.deadline)}</th><th scope="col">${esc(t.deadlines.date)}</th><th scope="col">${esc(t.deadlines.how)}</th><th scope="col">${esc(t.deadlines.skipped)}</th></tr></thead><tbody>` +
      deadlineRow(t.deadlines.noticeBy, d.explanation.noticeBy, ctx) +
      deadlineRow(t.deadlines.proposalsBy, d.explanation.proposalsBy, ctx) +
      deadlineRow(t.deadlines.minutesBy, d.explanation.minutesBy, ctx) +
      `</tbody></table></div>` +
      `<h2>${esc(t.deadlines.calendar(year))}</h2><p><button type="button" id="ics">${esc(t.deadlines.download(year))}</button></p>` +
      `<ul class="calendar">${events.map((e) => `<li><time datetime="${e.date}">${esc(longDate(e.date, lang))}</time>: ${esc(e.title[lang])}</li>`).join('')}</ul>`;
    out.querySelector('#ics')!.addEventListener('click', () => download(`klyngeregler-${year}.ics`, toICalendar(events)));
  } catch (error) {
    if (!isKlyngeInputError(error)) throw error;
    out.innerHTML = `<div class="problems" role="alert"><ul>${error.issues.map((i) => `<li lang="en">${esc(i.message)}</li>`).join('')}</ul></div>`;
  }
}

/** The deadlines page. */
export function renderDeadlines(ctx: ViewContext): void {
  const { t } = ctx;
  ctx.main.innerHTML =
    `<h1 tabindex="-1">${esc(t.nav.deadlines)}</h1><p>${esc(t.deadlines.intro)}</p>` +
    `<form id="deadlines-form" class="check-form"><div class="field"><label for="meeting">${esc(t.deadlines.meeting)}</label> <input id="meeting" type="date" required value="${esc(state.meeting)}"></div>` +
    `<div class="field"><label><input id="working-day" type="checkbox"${state.workingDayNotice ? ' checked' : ''}> ${esc(t.deadlines.workingDayNotice)}</label></div>` +
    `<button type="submit">${esc(t.deadlines.show)}</button></form><div id="deadlines-result" aria-live="polite"></div>`;
  const form = ctx.main.querySelector<HTMLFormElement>('#deadlines-form')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.meeting = form.querySelector<HTMLInputElement>('#meeting')!.value;
    state.workingDayNotice = form.querySelector<HTMLInputElement>('#working-day')!.checked;
    if (state.meeting !== '') show(ctx);
  });
  show(ctx);
}

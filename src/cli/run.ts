/**
 * The `klyngeregler` command line as a function of arguments and I/O. Exit codes: 0 no violations, 1 violations
 * found, 2 bad input or usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { formatPath, isKlyngeInputError } from '../core/errors.js';
import type { KlyngeInputError } from '../core/errors.js';
import { hasViolations } from '../core/findings.js';
import { agmDeadlines } from '../rules/agm/agmDeadlines.js';
import { annualCalendar } from '../rules/calendar/annualCalendar.js';
import { toICalendar } from '../rules/calendar/toICalendar.js';
import { evaluateClusterYear } from '../rules/report/evaluateClusterYear.js';
import { restructureFunds } from '../rules/restructuring/restructureFunds.js';
import type { RestructureFundsInput } from '../rules/restructuring/restructureFunds.js';
import type { ClusterYear } from '../rules/report/schema.js';
import { inputSchemas, jsonSchemaFor } from '../jsonSchemas.js';
import type { InputSchemaName } from '../jsonSchemas.js';
import { CliProblem, readJsonFile } from './io.js';
import type { Lang } from './labels.js';
import { renderCalendarText, renderDeadlinesText, renderReportMarkdown, renderReportText, renderRestructureText } from './render.js';

const USAGE = `klyngeregler — the rules of Danish general-practice quality clusters

Usage:
  klyngeregler report <file.json> [--format text|markdown|json] [--lang da|en]
      Evaluate one cluster's year (see \`klyngeregler schema cluster-year\`).
  klyngeregler deadlines <meeting-date> [--lang da|en] [--format text|json]
                         [--closed-days statutory|holidays-only] [--notice-on-working-day]
      AGM notice, proposal and minutes deadlines for a meeting date.
  klyngeregler calendar <year> [--scheme almen-praksis|speciallaegepraksis]
                        [--agm <date>] [--ics [--uid-domain <name>]] [--lang da|en] [--format text|json]
      The year's calendar of duties; --ics writes iCalendar (RFC 5545), with
      UIDs <event>@<name> (default klyngeregler; give each cluster its own).
  klyngeregler restructure <file.json> [--format text|json] [--lang da|en]
      Divide the savings of clusters that merge or split (see \`klyngeregler schema restructure-funds\`).
  klyngeregler schema [name]
      JSON Schema of an input document; without a name, the list of names.
  klyngeregler --help | --version

Exit codes: 0 no violations, 1 violations found, 2 bad input or usage.
Colour is used only on a terminal and never when NO_COLOR is set.
`;

/** Where the command line writes, and what it knows about its terminal (injectable for tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  scheme: { type: 'string' },
  agm: { type: 'string' },
  ics: { type: 'boolean' },
  'uid-domain': { type: 'string' },
  'closed-days': { type: 'string' },
  'notice-on-working-day': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

function usage(message: string): CliProblem {
  return new CliProblem({ kind: 'usage', title: message, lines: ['Run `klyngeregler --help` for usage.'] });
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function inputProblem(error: KlyngeInputError, file: string | undefined): CliProblem {
  const shown = error.issues.slice(0, 15);
  const lines = shown.map((i) => `  at ${formatPath(i.path, '(the document itself)')}: ${i.message}`);
  if (error.issues.length > shown.length) lines.push(`  … and ${error.issues.length - shown.length} more`);
  return new CliProblem({
    kind: 'input',
    title: file ? `${file} is not a valid document (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})` : 'Invalid input',
    lines,
  });
}

function runCommand(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const lang = oneOf<Lang>('lang', values.lang, ['da', 'en'], 'da');
  const color = io.isTty && (io.env.NO_COLOR ?? '') === '' && io.env.TERM !== 'dumb';
  const render = { lang, color };

  switch (command) {
    case 'report': {
      const [file, extra] = rest;
      if (file === undefined || extra !== undefined) throw usage('report needs exactly one file: klyngeregler report <file.json>');
      const format = oneOf('format', values.format, ['text', 'markdown', 'json'], 'text');
      const doc = readJsonFile(file);
      const report = wrap(() => evaluateClusterYear(doc as ClusterYear), file);
      const { expenses: claims = [], cluster } = doc as ClusterYear;
      const names = new Map(cluster.doctors.map((d) => [d.id, d.name === undefined ? d.id : `${d.name} (${d.id})`]));
      if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else if (format === 'markdown') io.stdout(renderReportMarkdown(report, claims, render, names));
      else io.stdout(renderReportText(report, claims, render, names));
      return report.summary.violations > 0 ? 1 : 0;
    }
    case 'deadlines': {
      const [date, extra] = rest;
      if (date === undefined || extra !== undefined) throw usage('deadlines needs one meeting date: klyngeregler deadlines 2025-03-27');
      const format = oneOf('format', values.format, ['text', 'json'], 'text');
      const closedDays = oneOf('closed-days', values['closed-days'], ['statutory', 'holidays-only'], 'statutory');
      const result = wrap(() => agmDeadlines(date, { closedDays, ...(values['notice-on-working-day'] ? { noticeOnWorkingDay: true } : {}) }));
      io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderDeadlinesText(result, render));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'calendar': {
      const [yearText, extra] = rest;
      if (yearText === undefined || extra !== undefined || !/^\d{4}$/.test(yearText)) throw usage('calendar needs a year: klyngeregler calendar 2025');
      const scheme = oneOf('scheme', values.scheme, ['almen-praksis', 'speciallaegepraksis'], 'almen-praksis');
      const events = wrap(() => annualCalendar({ year: Number(yearText), scheme, ...(values.agm === undefined ? {} : { agmDate: values.agm }) }));
      const uidDomain = values['uid-domain'];
      if (uidDomain !== undefined && !values.ics) throw usage('--uid-domain only applies with --ics');
      if (values.ics) io.stdout(wrap(() => toICalendar(events, { lang, ...(uidDomain === undefined ? {} : { uidDomain }) })));
      else if (values.format === 'json') io.stdout(`${JSON.stringify(events, null, 2)}\n`);
      else io.stdout(renderCalendarText(events, render));
      return 0;
    }
    case 'restructure': {
      const [file, extra] = rest;
      if (file === undefined || extra !== undefined) throw usage('restructure needs exactly one file: klyngeregler restructure <file.json>');
      const format = oneOf('format', values.format, ['text', 'json'], 'text');
      const { $schema: _ignored, ...doc } = readJsonFile(file) as Record<string, unknown>;
      const result = wrap(() => restructureFunds(doc as RestructureFundsInput), file);
      io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderRestructureText(result, render));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'schema': {
      const [name, extra] = rest;
      if (extra !== undefined) throw usage('schema takes at most one name');
      if (name === undefined) {
        io.stdout(`${Object.keys(inputSchemas).join('\n')}\n`);
        return 0;
      }
      if (!Object.prototype.hasOwnProperty.call(inputSchemas, name)) throw usage(`unknown schema '${name}'; one of: ${Object.keys(inputSchemas).join(', ')}`);
      io.stdout(`${JSON.stringify(jsonSchemaFor(name as InputSchemaName), null, 2)}\n`);
      return 0;
    }
    default:
      throw usage(`unknown command '${command}'`);
  }
}

/** Run a library call; bad input becomes a one-screen problem naming the file (if any). */
function wrap<T>(fn: () => T, file?: string): T {
  try {
    return fn();
  } catch (error) {
    if (isKlyngeInputError(error)) throw inputProblem(error, file);
    throw error;
  }
}

/**
 * Run the command line with arguments and I/O; returns the exit code. Never throws for bad input.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return runCommand(argv, io);
  } catch (error) {
    if (error instanceof CliProblem) {
      io.stderr(`klyngeregler: ${error.problem.title}\n${error.problem.lines.map((l) => `${l}\n`).join('')}`);
      return 2;
    }
    io.stderr(`klyngeregler: internal error: ${(error as Error).message}\nPlease report this with the input that caused it.\n`);
    return 3;
  }
}


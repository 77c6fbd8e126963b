/**
 * The `klyngeregler` command line as a function of arguments and I/O. Exit
 * codes: 0 no violations, 1 violations found, 2 bad input or usage (and, with
 * a plea to report it, an internal error). Every text it writes passes
 * through the CPR redaction.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { echo, formatPath, isKlyngeInputError, redactCpr } from '../core/errors.js';
import type { KlyngeInputError } from '../core/errors.js';
import { hasViolations } from '../core/findings.js';
import { agmDeadlines } from '../rules/agm/agmDeadlines.js';
import { annualCalendar } from '../rules/calendar/annualCalendar.js';
import { toICalendar } from '../rules/calendar/toICalendar.js';
import { checkExpenses } from '../rules/eligibility/checkExpenses.js';
import type { ClusterContext, Expense } from '../rules/eligibility/schema.js';
import { prorateFee } from '../rules/fees/prorateFee.js';
import type { ProrateFeeInput } from '../rules/fees/prorateFee.js';
import { countVote } from '../rules/governance/countVote.js';
import { grantForYear } from '../rules/grant/grantForYear.js';
import { rateForYear } from '../rules/grant/rateForYear.js';
import { clusterYearStatus } from '../rules/report/clusterYearStatus.js';
import { evaluateClusterYear } from '../rules/report/evaluateClusterYear.js';
import type { ClusterYear } from '../rules/report/schema.js';
import { restructureFunds } from '../rules/restructuring/restructureFunds.js';
import type { RestructureFundsInput } from '../rules/restructuring/restructureFunds.js';
import { inputSchemas, jsonSchemaFor } from '../jsonSchemas.js';
import type { InputSchemaName } from '../jsonSchemas.js';
import { renderCalendar } from '../render/renderCalendar.js';
import { renderDeadlines } from '../render/renderDeadlines.js';
import { renderReport } from '../render/renderReport.js';
import { renderStatus } from '../render/renderStatus.js';
import { renderChecks, renderFee, renderGrant, renderVote } from '../render/renderResults.js';
import { renderRestructure } from '../render/renderRestructure.js';
import { audit, version, yearPeriod, type Audit } from './audit.js';
import { COMMAND_HELP, USAGE } from './help.js';
import { CliProblem, readDocument, shownName } from './io.js';

/** Where the command line reads and writes, and what it knows about its terminal (injectable for tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The bytes of standard input (read when a file name is `-`). */
  readonly stdin?: () => Uint8Array;
}

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  verbose: { type: 'boolean' },
  'as-of': { type: 'string' },
  days: { type: 'string' },
  scheme: { type: 'string' },
  agm: { type: 'string' },
  ics: { type: 'boolean' },
  'uid-domain': { type: 'string' },
  'closed-days': { type: 'string' },
  'notice-on-working-day': { type: 'boolean' },
  patients: { type: 'string' },
  rate: { type: 'string' },
  'annual-fee': { type: 'string' },
  'period-start': { type: 'string' },
  months: { type: 'string' },
  holder: { type: 'string', multiple: true },
  method: { type: 'string' },
  yes: { type: 'string' },
  no: { type: 'string' },
  blank: { type: 'string' },
  eligible: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

type Option = keyof typeof OPTIONS;

/** The options each command takes (besides --help). */
const ALLOWED: Readonly<Record<string, readonly Option[]>> = {
  report: ['format', 'lang', 'verbose', 'as-of'],
  status: ['format', 'lang', 'as-of', 'days'],
  check: ['format', 'lang', 'scheme'],
  grant: ['format', 'lang', 'patients', 'rate'],
  fee: ['format', 'lang', 'annual-fee', 'period-start', 'months', 'holder', 'method'],
  vote: ['format', 'lang', 'yes', 'no', 'blank', 'eligible'],
  deadlines: ['format', 'lang', 'closed-days', 'notice-on-working-day'],
  calendar: ['format', 'lang', 'scheme', 'agm', 'ics', 'uid-domain'],
  restructure: ['format', 'lang'],
  schema: [],
};

function usage(message: string, command?: string): CliProblem {
  return new CliProblem({ kind: 'usage', title: message, lines: [`Run \`klyngeregler ${command === undefined ? '' : `${command} `}--help\` for usage.`] });
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T, command: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${flag} must be one of ${allowed.join(', ')} (got '${echo(value)}')`, command);
}

function wholeNumber(flag: string, value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw usage(`--${flag} must be a whole number (got '${echo(value)}')`, command);
  return Number(value);
}

function required<T>(flag: string, value: T | undefined, command: string): T {
  if (value === undefined) throw usage(`${command} needs --${flag}`, command);
  return value;
}

/** A bad-input problem: paths into a document (with its file name), or, for flag-driven commands, the flag that gave the value. */
function inputProblem(error: KlyngeInputError, file: string | undefined, flags: Readonly<Record<string, string>> = {}): CliProblem {
  const shown = error.issues.slice(0, 15);
  const lines = shown.map((i) => {
    const key = i.path.find((p): p is string => typeof p === 'string' && Object.prototype.hasOwnProperty.call(flags, p));
    const flag = key === undefined ? undefined : flags[key];
    return flag === undefined ? `  at ${formatPath(i.path, '(the document itself)')}: ${i.message}` : `  ${flag}: ${i.message}`;
  });
  if (error.issues.length > shown.length) lines.push(`  … and ${error.issues.length - shown.length} more`);
  const count = `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}`;
  return new CliProblem({ kind: 'input', title: file === undefined ? `Invalid input (${count})` : `${shownName(file)} is not a valid document (${count})`, lines });
}

/** Run a library call; bad input becomes a one-screen problem naming the file or the flags. */
function wrap<T>(fn: () => T, file?: string, flags?: Readonly<Record<string, string>>): T {
  try {
    return fn();
  } catch (error) {
    if (isKlyngeInputError(error)) throw inputProblem(error, file, flags);
    throw error;
  }
}

function json(result: object | readonly unknown[], meta: Audit, key = 'result'): string {
  const body = Array.isArray(result) ? { meta, [key]: result } : { meta, ...result };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function withoutSchemaKey(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const { $schema: _ignored, ...rest } = doc as Record<string, unknown>;
  return rest;
}

function oneFile(command: string, rest: readonly string[]): string {
  const [file, extra] = rest;
  if (file === undefined || extra !== undefined) throw usage(`${command} needs exactly one file (or - for standard input): klyngeregler ${command} <file.json>`, command);
  return file;
}

function readableParseError(error: Error, command: string | undefined): CliProblem {
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return usage(`unknown option ${echo(option)}`, command);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return usage(/argument missing/.test(error.message) ? `${echo(option)} needs a value` : `${echo(option)} does not take a value`, command);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return usage('too many arguments', command);
  return usage('the options could not be read', command);
}

function runCommand(argv: readonly string[], io: CliIo): number {
  const firstWord = argv.find((a) => !a.startsWith('-'));
  const commandGuess = firstWord !== undefined && Object.prototype.hasOwnProperty.call(ALLOWED, firstWord) ? firstWord : undefined;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw readableParseError(error as Error, commandGuess);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help') {
    const topic = rest[0];
    io.stdout(topic !== undefined && Object.prototype.hasOwnProperty.call(COMMAND_HELP, topic) ? COMMAND_HELP[topic]! : USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (!Object.prototype.hasOwnProperty.call(ALLOWED, command)) throw usage(`unknown command '${echo(command)}'`);
  if (values.help) {
    io.stdout(COMMAND_HELP[command]!);
    return 0;
  }
  for (const given of Object.keys(values) as Option[]) {
    if (!ALLOWED[command]!.includes(given)) throw usage(`--${given} does not apply to ${command}`, command);
  }
  const lang = oneOf('lang', values.lang, ['da', 'en'], 'da', command);
  const color = io.isTty && (io.env.NO_COLOR ?? '') === '' && io.env.TERM !== 'dumb';
  const text = { lang, color } as const;
  const stdin = io.stdin ?? ((): Uint8Array => new Uint8Array());

  switch (command) {
    case 'report': {
      const file = oneFile(command, rest);
      const format = oneOf('format', values.format, ['text', 'markdown', 'html', 'json'], 'text', command);
      const doc = readDocument(file, stdin);
      if (typeof doc === 'object' && doc !== null && !Array.isArray(doc) && !('cluster' in doc) && ('moves' in doc || 'clusters' in doc)) {
        throw new CliProblem({ kind: 'usage', title: `${shownName(file)} looks like a merger or split document, not a cluster year`, lines: [`Run \`klyngeregler restructure ${shownName(file)}\` instead.`] });
      }
      const asOf = values['as-of'];
      const report = wrap(() => evaluateClusterYear(doc as ClusterYear, asOf === undefined ? {} : { asOf }), file, { asOf: '--as-of' });
      if (format === 'json') io.stdout(json(report, audit(['grant', 'eligibility', 'fees', 'agm', 'membership', 'calendar', 'workdays', 'duties'], yearPeriod(report.year))));
      else io.stdout(renderReport(report, { lang, format, color: format === 'text' && color, verbose: values.verbose === true, document: doc as ClusterYear }));
      return report.summary.violations > 0 ? 1 : 0;
    }
    case 'status': {
      const file = oneFile(command, rest);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const asOf = required('as-of', values['as-of'], command);
      const days = wholeNumber('days', values.days, command);
      const doc = readDocument(file, stdin);
      const status = wrap(() => clusterYearStatus(doc as ClusterYear, days === undefined ? { asOf } : { asOf, days }), file, { asOf: '--as-of', days: '--days' });
      if (format === 'json') {
        const { report, ...lists } = status;
        io.stdout(json({ ...lists, summary: report.summary }, audit(['agm', 'calendar', 'duties', 'workdays'], yearPeriod(report.year))));
      } else io.stdout(renderStatus(status, days === undefined ? text : { ...text, days }));
      return status.report.summary.violations > 0 ? 1 : 0;
    }
    case 'check': {
      const file = oneFile(command, rest);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const doc = withoutSchemaKey(readDocument(file, stdin));
      let claims: unknown = doc;
      let context: Record<string, unknown> = {};
      if (!Array.isArray(doc)) {
        if (typeof doc !== 'object' || doc === null || !('expenses' in doc)) {
          throw new CliProblem({ kind: 'input', title: `${shownName(file)} is not a batch of claims`, lines: ['Expected a JSON array of claims or an object { "expenses": [...], "context": {...} }.'] });
        }
        const { expenses, context: given, ...other } = doc as Record<string, unknown>;
        if (Object.keys(other).length > 0) throw new CliProblem({ kind: 'input', title: `${shownName(file)} has unknown keys: ${Object.keys(other).map(echo).join(', ')}`, lines: ['Only "expenses" and "context" are read.'] });
        claims = expenses;
        context = given === undefined ? {} : (given as Record<string, unknown>);
      }
      if (values.scheme !== undefined) {
        const scheme = oneOf('scheme', values.scheme, ['almen-praksis', 'speciallaegepraksis'], 'almen-praksis', command);
        context = typeof context === 'object' && context !== null ? { ...context, scheme } : context;
      }
      const result = wrap(() => checkExpenses(claims as Expense[], context as ClusterContext), file);
      if (format === 'json') {
        const years = (claims as Expense[]).map((c) => c.date.slice(0, 4)).sort();
        const period = years.length === 0 ? undefined : { from: `${years[0]}-01-01`, until: `${years[years.length - 1]}-12-31` };
        io.stdout(json(result, audit(['eligibility', 'fees'], period)));
      } else io.stdout(renderChecks(result, text, claims as Expense[]));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'grant': {
      const [yearText, extra] = rest;
      if (yearText === undefined || extra !== undefined || !/^\d{4}$/.test(yearText)) throw usage('grant needs a year: klyngeregler grant 2025 --patients 45000', command);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const patients = required('patients', wholeNumber('patients', values.patients, command), command);
      const year = Number(yearText);
      const result = wrap(() => grantForYear(values.rate === undefined ? { year, patients } : { year, patients, rate: values.rate }), undefined, { year: '<year>', patients: '--patients', rate: '--rate' });
      io.stdout(format === 'json' ? json(result, audit(['grant'], yearPeriod(year))) : renderGrant(result, text));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'fee': {
      if (rest.length > 0) throw usage('fee takes only options: klyngeregler fee --annual-fee 50000 --period-start 2024-04-01 --holder D01@2024-04-01', command);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const holders = (values.holder ?? []).map((h) => {
        const at = h.lastIndexOf('@');
        if (at < 0) throw usage(`--holder must be <id>@<date> (got '${echo(h)}')`, command);
        return { id: at === 0 ? null : h.slice(0, at), from: h.slice(at + 1) };
      });
      const months = wholeNumber('months', values.months, command);
      const method = values.method === undefined ? undefined : oneOf('method', values.method, ['majority-of-days', 'first-of-month', 'whole-months-only'], 'majority-of-days', command);
      const input: ProrateFeeInput = {
        annualFee: required('annual-fee', values['annual-fee'], command),
        periodStart: required('period-start', values['period-start'], command),
        holders,
        ...(months === undefined ? {} : { months }),
        ...(method === undefined ? {} : { method }),
      };
      const result = wrap(() => prorateFee(input), undefined, { annualFee: '--annual-fee', periodStart: '--period-start', months: '--months', holders: '--holder', method: '--method' });
      io.stdout(format === 'json' ? json(result, audit(['fees'])) : renderFee(result, text));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'vote': {
      if (rest.length > 0) throw usage('vote takes only options: klyngeregler vote --yes 12 --no 8', command);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const yes = required('yes', wholeNumber('yes', values.yes, command), command);
      const no = required('no', wholeNumber('no', values.no, command), command);
      const blank = wholeNumber('blank', values.blank, command);
      const eligible = wholeNumber('eligible', values.eligible, command);
      const result = wrap(() => countVote({ yes, no, ...(blank === undefined ? {} : { blank }), ...(eligible === undefined ? {} : { eligible }) }), undefined, { yes: '--yes', no: '--no', blank: '--blank', eligible: '--eligible' });
      io.stdout(format === 'json' ? json(result, audit(['governance'])) : renderVote(result, text));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'deadlines': {
      const [date, extra] = rest;
      if (date === undefined || extra !== undefined) throw usage('deadlines needs one meeting date: klyngeregler deadlines 2025-03-27', command);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const closedDays = oneOf('closed-days', values['closed-days'], ['statutory', 'holidays-only'], 'statutory', command);
      const result = wrap(() => agmDeadlines(date, { closedDays, ...(values['notice-on-working-day'] ? { noticeOnWorkingDay: true } : {}) }), undefined, {
        meeting: '<meeting-date>',
        closedDays: '--closed-days',
        noticeOnWorkingDay: '--notice-on-working-day',
      });
      io.stdout(format === 'json' ? json(result, audit(['agm', 'workdays'], { from: result.proposalsBy < result.noticeBy ? result.proposalsBy : result.noticeBy, until: result.minutesBy })) : renderDeadlines(result, text));
      return hasViolations(result.findings) ? 1 : 0;
    }
    case 'calendar': {
      const [yearText, extra] = rest;
      if (yearText === undefined || extra !== undefined || !/^\d{4}$/.test(yearText)) throw usage('calendar needs a year: klyngeregler calendar 2025', command);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const scheme = oneOf('scheme', values.scheme, ['almen-praksis', 'speciallaegepraksis'], 'almen-praksis', command);
      const year = Number(yearText);
      const events = wrap(() => annualCalendar({ year, scheme, ...(values.agm === undefined ? {} : { agmDate: values.agm }) }), undefined, { year: '<year>', agmDate: '--agm', scheme: '--scheme' });
      const uidDomain = values['uid-domain'];
      if (uidDomain !== undefined && !values.ics) throw usage('--uid-domain only applies with --ics', command);
      if (year < FIRST_KNOWN_YEAR || wrap(() => rateForYear(year)) === undefined) {
        io.stderr(`klyngeregler: note: ${year} is outside the period the rules are known for (${FIRST_KNOWN_YEAR} to the last year with a published grant rate); the calendar follows the rules as they stand.\n`);
      }
      if (values.ics) io.stdout(wrap(() => toICalendar(events, { lang, ...(uidDomain === undefined ? {} : { uidDomain }) }), undefined, { uidDomain: '--uid-domain' }));
      else if (format === 'json') io.stdout(json(events, audit(['calendar', 'agm', 'grant', 'workdays'], yearPeriod(year)), 'events'));
      else io.stdout(renderCalendar(events, text));
      return 0;
    }
    case 'restructure': {
      const file = oneFile(command, rest);
      const format = oneOf('format', values.format, ['text', 'json'], 'text', command);
      const doc = withoutSchemaKey(readDocument(file, stdin));
      const result = wrap(() => restructureFunds(doc as RestructureFundsInput), file);
      io.stdout(format === 'json' ? json(result, audit(['restructuring'])) : renderRestructure(result, text));
      return hasViolations(result.findings) ? 1 : 0;
    }
    default: {
      // schema
      const [name, extra] = rest;
      if (extra !== undefined) throw usage('schema takes at most one name', command);
      if (name === undefined) {
        io.stdout(`${Object.keys(inputSchemas).join('\n')}\n`);
        return 0;
      }
      if (!Object.prototype.hasOwnProperty.call(inputSchemas, name)) throw usage(`unknown schema '${echo(name)}'; one of: ${Object.keys(inputSchemas).join(', ')}`, command);
      io.stdout(`${JSON.stringify(jsonSchemaFor(name as InputSchemaName), null, 2)}\n`);
      return 0;
    }
  }
}

/** The first year of the rules this library implements (the 2023 template of the cluster rules). */
const FIRST_KNOWN_YEAR = 2023;

/**
 * Run the command line with arguments and I/O; returns the exit code (0, 1
 * or 2). Never throws; every line written to standard error has CPR-shaped
 * numbers redacted.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const stderr = (text: string): void => io.stderr(redactCpr(text));
  try {
    return runCommand(argv, { ...io, stderr });
  } catch (error) {
    if (error instanceof CliProblem) {
      stderr(`klyngeregler: ${error.problem.title}\n${error.problem.lines.map((l) => `${l}\n`).join('')}`);
      return 2;
    }
    const name = error instanceof RangeError ? 'the input is too large or too deeply nested to handle' : 'internal error';
    stderr(`klyngeregler: ${name}\nPlease report this with a description of the input that caused it.\n`);
    return 2;
  }
}

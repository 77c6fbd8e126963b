/** The command line's help texts: the overview and one page per command. */

/** The overview printed by `klyngeregler --help`. */
export const USAGE = `klyngeregler — the rules of Danish general-practice quality clusters

Usage: klyngeregler <command> [options]      (klyngeregler <command> --help for details)

  report <file.json>         A cluster's whole year: grant, ledger, claims, fee, AGM, findings
  status <file.json> --as-of DATE
                             What is overdue, unknown and due in the next 30 days
  check <claims.json>        Decide a batch of expense claims
  grant <year>               The year's grant for a number of listed patients
  fee                        Divide a coordinator fee between holders by whole months
  vote                       Count a simple-majority vote
  deadlines <meeting-date>   AGM notice, proposal and minutes deadlines
  calendar <year>            The year's calendar of duties (text, JSON or iCalendar)
  restructure <file.json>    Divide the savings of clusters that merge or split
  schema [name]              JSON Schema of an input document

A file name of - reads the document from standard input.
Documents larger than 20 MB, empty files and files that are not UTF-8 are refused.

Exit codes: 0 no violations, 1 violations found, 2 bad input or usage.
Colour is used only on a terminal and never when NO_COLOR is set.
  klyngeregler --help | --version
`;

const FORMAT_LANG = `  --lang da|en            Language of the text: Danish (default) or English.`;
const JSON_NOTE = `  --format json prints the result object with a "meta" block: the library
  version and the dated parameter tables in force for the period, for audit.`;
const CALENDAR_OPTIONS = `  --closed-days statutory|holidays-only
                          Which days are not working days (hverdage). statutory
                          (default): weekends, the public holidays and also
                          Grundlovsdag (5 June), 24 and 31 December, as Danish
                          statutes count deadlines. holidays-only: weekends and
                          the public holidays only.
  --notice-on-working-day The notice deadline (14 days before the meeting) is
                          moved back to the previous working day when it falls
                          on a closed day. Without it the notice may fall on
                          any day, as the rules count calendar days.`;

/** One help page per command. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  report: `klyngeregler report <file.json | -> [options]

Evaluate one cluster's year from a cluster-year document (see
\`klyngeregler schema cluster-year\` and examples/almen-praksis-2025.json).

  --format text|markdown|html|json
                          text (default) for a terminal; markdown for minutes or
                          a wiki; html for one self-contained printable page;
                          json for the report object.
${FORMAT_LANG}
  --verbose               List every information finding (default: a summary).
  --as-of YYYY-MM-DD      Judge the year as of the end of that day: a duty not
                          yet due is never a violation (default: the last day
                          of the year, so a closed year is judged whole).
${JSON_NOTE}
Exit 1 when the year has violations.
`,
  status: `klyngeregler status <file.json | -> --as-of YYYY-MM-DD [options]

The duties of a cluster year as of the end of a day: what is overdue, what is
unknown (its day has passed and the document says nothing about it) and what
falls due in the next days. The date is required: no clock is read.

  --as-of YYYY-MM-DD      The day the status is taken (required).
  --days N                How far ahead "due soon" looks (default 30).
  --format text|json      text (default), or json with the three lists.
${FORMAT_LANG}
${JSON_NOTE}
Exit 1 when the year has violations as of that day.
`,
  check: `klyngeregler check <claims.json | -> [options]

Decide a batch of expense claims: a JSON array of claims, or an object
{ "expenses": [...], "context": {...} } (see \`klyngeregler schema expense\`
and \`klyngeregler schema cluster-context\`).

  --scheme almen-praksis|speciallaegepraksis
                          The cluster's scheme (default almen-praksis, or the
                          document's context.scheme). The specialist scheme
                          applies its caps in date order.
  --format text|json      text (default) or the decisions as JSON.
${FORMAT_LANG}
${JSON_NOTE}
Exit 1 when a claim breaks a rule.
`,
  grant: `klyngeregler grant <year> --patients <number> [options]

The year's grant: listed group-1 patients × the year's rate, paid 1 March.

  --patients <number>     Listed group-1 patients of the cluster's clinics.
  --rate <kroner>         Rate per patient, for a year with no published rate
                          (e.g. 3.65); without it the published rate is used.
  --format text|json
${FORMAT_LANG}
${JSON_NOTE}`,
  fee: `klyngeregler fee --annual-fee <kroner> --period-start <date> --holder <id@date>... [options]

Divide a coordinator fee between the holders of the post by whole months.

  --annual-fee <kroner>   The fee agreed for the period (e.g. 50000).
  --period-start <date>   First day of the period, the 1st of a month (2024-04-01).
  --months <n>            Length of the period in months (default 12).
  --holder <id@date>      A holder from a date, in date order; repeat the option
                          (--holder D01@2024-04-01 --holder D14@2024-11-01).
                          @<date> with no id means the post is vacant from then.
  --method majority-of-days|first-of-month|whole-months-only
                          Who gets a month in which the holder changed: the one
                          with most days in it (default), the one holding it on
                          the 1st, or no one (the month is left unpaid).
  --format text|json
${FORMAT_LANG}
${JSON_NOTE}`,
  vote: `klyngeregler vote --yes <n> --no <n> [--blank <n>] [--eligible <n>] [options]

Count a simple-majority vote: carried when yes > no; blank votes count for
neither side; a tie is not carried.

  --yes <n>, --no <n>     Votes for and against.
  --blank <n>             Blank votes (default 0).
  --eligible <n>          Number entitled to vote (more votes is an error).
  --format text|json
${FORMAT_LANG}
Exit 0 either way; the result says whether the proposal was carried.
`,
  deadlines: `klyngeregler deadlines <meeting-date> [options]

The AGM's deadlines for a meeting date (YYYY-MM-DD): notice with agenda (14
days before), proposals received (the 10th working day before) and minutes
sent (14 days after, moved to the next working day).

${CALENDAR_OPTIONS}
  --format text|json
${FORMAT_LANG}
${JSON_NOTE}`,
  calendar: `klyngeregler calendar <year> [options]

The year's calendar of duties. A year outside the period the rules are known
for gives a note on standard error (the result follows today's rules).

  --scheme almen-praksis|speciallaegepraksis
                          The cluster's scheme (default almen-praksis).
  --agm <date>            The AGM's date, to add its deadlines.
  --ics                   Write iCalendar (RFC 5545) for a calendar app.
  --uid-domain <name>     With --ics: event UIDs are <event>@<name> (default
                          klyngeregler); give each cluster its own.
  --format text|json
${FORMAT_LANG}
${JSON_NOTE}`,
  restructure: `klyngeregler restructure <file.json | -> [options]

Divide the savings of clusters that merge or split (see
\`klyngeregler schema restructure-funds\` and examples/omstrukturering-2026.json).

  --format text|json
${FORMAT_LANG}
${JSON_NOTE}
Exit 1 when the decision breaks a rule.
`,
  schema: `klyngeregler schema [name]

Without a name, the names of the input documents; with one, its JSON Schema
(draft 2020-12). The same files are shipped in the package under schema/.
`,
};

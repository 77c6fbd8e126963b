/**
 * Reads the `@example` blocks of the doc comments in `src/` and turns each
 * into runnable checks (used by `examples.test.ts`). An example is
 * TypeScript; a statement followed by `// <value>` (on its line or on the
 * comment lines right after it) is a claim about the statement's value:
 *
 *   addWorkingDays('2025-03-26', -9) // '2025-03-13'
 *   prorateFee({ … }).shares
 *   // [{ id: 'A', months: 7, amount: '29166.67' }, …]
 *
 * (Comment lines count only when the statement's own line has no comment.)
 * The value is the shortest JavaScript literal at the start of the comment
 * (a remark may follow in parentheses or after a dash). `…` inside an object
 * or array means "and more": the check is then a partial match. A comment
 * that does not start like a literal is prose and is not checked; one that
 * starts like a literal but does not parse is an error, so a typo in an
 * example cannot silently stop being checked.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One claim of an example: `code` (JavaScript) must give `expected` (JavaScript), fully or partly. */
export interface ExampleCheck {
  readonly line: number;
  readonly code: string;
  readonly expected: string;
  readonly partial: boolean;
}

/** One `@example` block. `setup` runs before the checks; `checks` are in order. */
export interface DocExample {
  readonly file: string;
  /** 1-based line of the `@example` tag in `file`. */
  readonly line: number;
  /** The exported name the doc comment belongs to. */
  readonly name: string;
  readonly source: string;
  /** The whole example as JavaScript, each checked statement replaced by a call `__check(index, () => (value))`. */
  readonly body: string;
  readonly checks: ExampleCheck[];
  /** Comments read as prose (not checked), for the report. */
  readonly prose: string[];
}

const LITERAL_START = /^(?:['"`[{]|-?\d|true\b|false\b|null\b|undefined\b)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function parses(expression: string): boolean {
  const file = ts.createSourceFile('expected.ts', `(${expression});`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  return diagnostics.length === 0 && file.statements.length === 1;
}

/**
 * The expected value at the start of a comment, or undefined for prose.
 * Throws when the comment starts like a literal that does not parse.
 */
export function expectedOf(comment: string): { expected: string; partial: boolean } | undefined {
  const text = comment.trim();
  if (!LITERAL_START.test(text)) return undefined;
  const partial = text.includes('…');
  // "…" stands for "more fields / more items": drop it (and its comma) for a partial match.
  const literal = text.replace(/,\s*…/g, '').replace(/…\s*,?/g, '');
  // Cut points: the end, or before a remark "(…)" / "— …".
  const cuts = [...literal.matchAll(/\s+(?=\(|—)/g)].map((m) => m.index).concat([literal.length]);
  for (const cut of cuts) {
    const candidate = literal.slice(0, cut).trim();
    if (candidate.length > 0 && parses(candidate)) return { expected: toJs(`(${candidate})`), partial };
  }
  throw new Error(`example comment looks like a value but does not parse: ${text}`);
}

/** TypeScript → JavaScript for one statement or expression (types erased, nothing else changed). */
function toJs(code: string): string {
  return ts
    .transpile(code, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext })
    .replace(/^"use strict";\s*/, '')
    .trim()
    .replace(/;$/, '');
}

function commentText(text: string, ranges: readonly ts.CommentRange[] | undefined): string[] {
  return (ranges ?? []).filter((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia).map((r) => text.slice(r.pos + 2, r.end));
}

function parseExample(source: string, file: string, line: number, name: string): DocExample {
  const sf = ts.createSourceFile('example.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: ExampleCheck[] = [];
  const prose: string[] = [];
  const parts: string[] = [];
  const statements = sf.statements;
  statements.forEach((statement, i) => {
    const end = statement.getEnd();
    // The comment on the statement's last line, then whole comment lines up to the next statement.
    const trailing = commentText(source, ts.getTrailingCommentRanges(source, end));
    const next = statements[i + 1];
    const following = trailing.length > 0 ? [] : commentText(source, ts.getLeadingCommentRanges(source, next === undefined ? end : next.getFullStart()));
    const comment = [...trailing, ...following].join(' ').replace(/\s+/g, ' ').trim();
    const expected = comment === '' ? undefined : expectedOf(comment);
    if (comment !== '' && expected === undefined) prose.push(comment);
    if (expected !== undefined && ts.isExpressionStatement(statement)) {
      const value = toJs(`(${statement.expression.getText(sf)})`);
      parts.push(`__check(${checks.length}, () => (${value}));`);
      checks.push({ line: line + sf.getLineAndCharacterOfPosition(statement.getStart(sf)).line + 1, code: value, ...expected });
    } else {
      if (expected !== undefined) throw new Error(`${file}:${line}: a value comment follows a statement that is not an expression: ${statement.getText(sf)}`);
      parts.push(toJs(statement.getText(sf)));
    }
  });
  return { file, line, name, source, body: parts.join('\n'), checks, prose };
}

/** The name declared right after a doc comment (`export function x`, `export const x`, …). */
function declaredName(after: string): string {
  const m = /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type)\s+([A-Za-z_$][\w$]*)/.exec(after);
  return m?.[1] ?? '(unnamed)';
}

/** Every module under `root/src` that examples may use (the CLI excepted), as paths relative to `root`. */
export function sourceModules(root: string): string[] {
  return walk(join(root, 'src'))
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((file) => !file.startsWith('src/cli/'))
    .sort();
}

/** Every `@example` block under `root/src` (the CLI excepted: it documents commands, not code). */
export function docExamples(root: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of sourceModules(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const at = lines.findIndex((l) => l.startsWith('@example'));
      if (at < 0) continue;
      const body: string[] = [];
      for (const l of lines.slice(at + 1)) {
        if (l.startsWith('@')) break;
        body.push(l);
      }
      const tagLine = text.slice(0, m.index).split('\n').length + at;
      const name = declaredName(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
      out.push(parseExample(body.join('\n').trim(), file, tagLine, name));
    }
  }
  return out;
}

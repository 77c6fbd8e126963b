/**
 * Reading input documents for the command line, with errors a person can act
 * on: a size limit checked before parsing, strict UTF-8, an empty file named
 * as such, and a JSON syntax error given by line and column without quoting
 * the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { redactCpr } from '../core/errors.js';

/** A problem with the command line or an input file: printed as one screen, exit code 2. */
export interface UsageProblem {
  readonly kind: 'usage' | 'input';
  readonly title: string;
  readonly lines: readonly string[];
}

/** Throwable wrapper for a {@link UsageProblem}. */
export class CliProblem extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.title);
  }
}

/** The largest document the command line reads: far above a real cluster year (the whole country has about 12,000 claims a year). */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A file name as it may be shown (CPR-shaped numbers redacted). */
export function shownName(path: string): string {
  return path === '-' ? 'standard input' : redactCpr(path);
}

function problem(path: string, title: string, line: string): CliProblem {
  return new CliProblem({ kind: 'input', title: `${shownName(path)} ${title}`, lines: [line] });
}

function readBytes(path: string, stdin: () => Uint8Array): Uint8Array {
  if (path === '-') {
    const bytes = stdin();
    if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(path);
    return bytes;
  }
  try {
    if (statSync(path).size > MAX_DOCUMENT_BYTES) throw tooLarge(path);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliProblem({
      kind: 'input',
      title: `Cannot read ${shownName(path)}`,
      lines: [code === 'ENOENT' ? 'The file does not exist.' : code === 'EISDIR' ? 'That is a folder, not a file.' : `The file cannot be read (${code ?? 'unknown error'}).`],
    });
  }
}

function tooLarge(path: string): CliProblem {
  return problem(path, 'is too large', `The limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (a whole cluster year is far below 1 MB). Split the document.`);
}

/** Line and column (both from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * The offset of the first JSON syntax error in `text` and what was expected
 * there (an iterative scanner, so deep nesting cannot overflow the stack).
 */
function jsonErrorAt(text: string): { offset: number; expected: string } {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const fail = (expected: string): { offset: number; expected: string } => ({ offset: i, expected });
  // stack of containers: 'a' array, 'o' object
  const stack: ('a' | 'o')[] = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === undefined) return fail('a value');
      if (c === '{') {
        i += 1;
        ws();
        if (text[i] === '}') {
          i += 1;
          expectValue = false;
        } else {
          if (text[i] !== '"') return fail('a property name in double quotes');
          stack.push('o');
          const end = scanString(text, i);
          if (end < 0) return fail('a closed string');
          i = end;
          ws();
          if (text[i] !== ':') return fail("':'");
          i += 1;
        }
        continue;
      }
      if (c === '[') {
        i += 1;
        ws();
        if (text[i] === ']') {
          i += 1;
          expectValue = false;
        } else stack.push('a');
        continue;
      }
      if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return fail('a closed string');
        i = end;
      } else {
        const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (m === null) return fail('a value');
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fail('the end of the document') : fail('nothing (the document is valid)');
    if (text[i] === ',') {
      i += 1;
      if (top === 'o') {
        ws();
        if (text[i] !== '"') return fail('a property name in double quotes');
        const end = scanString(text, i);
        if (end < 0) return fail('a closed string');
        i = end;
        ws();
        if (text[i] !== ':') return fail("':'");
        i += 1;
      }
      expectValue = true;
      continue;
    }
    if ((top === 'o' && text[i] === '}') || (top === 'a' && text[i] === ']')) {
      stack.pop();
      i += 1;
      continue;
    }
    return fail(top === 'o' ? "',' or '}'" : "',' or ']'");
  }
}

/** Offset after the string starting at `start` (a double quote), or −1. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) i += 1;
    else if (c < 32) return -1;
  }
  return -1;
}

/**
 * Read and parse a JSON document from a file or, for `-`, standard input; or
 * throw a {@link CliProblem} naming the file and what is wrong.
 */
export function readDocument(path: string, stdin: () => Uint8Array): unknown {
  const bytes = readBytes(path, stdin);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problem(path, 'is not UTF-8 text', 'Save the file as UTF-8 (it looks like another encoding, e.g. Latin-1, where Æ, Ø and Å are single bytes).');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw problem(path, 'is empty', 'Expected a JSON document; see `klyngeregler schema` for the shapes.');
  try {
    return JSON.parse(text);
  } catch {
    const { offset, expected } = jsonErrorAt(text);
    const { line, column } = lineAndColumn(text, offset);
    throw problem(path, 'is not valid JSON', `At line ${line}, column ${column}: expected ${expected}.`);
  }
}

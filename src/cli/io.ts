/**
 * Reading input documents for the command line, with errors a person can act on.
 */
import { readFileSync } from 'node:fs';

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

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * Read and parse a JSON file, or throw a {@link CliProblem} naming the file and what is wrong.
 */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliProblem({
      kind: 'input',
      title: `Cannot read ${path}`,
      lines: [code === 'ENOENT' ? 'The file does not exist.' : code === 'EISDIR' ? 'That is a folder, not a file.' : `The file cannot be read (${code ?? 'unknown error'}).`],
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : undefined;
    throw new CliProblem({
      kind: 'input',
      title: `${path} is not valid JSON`,
      lines: [where ? `At line ${where.line}, column ${where.column}: ${message}` : message],
    });
  }
}

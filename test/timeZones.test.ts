/**
 * No result depends on the machine's time zone: the same public calls give
 * the same bytes in four zones (each in its own child process, since a
 * process reads TZ once), and no file in src/ uses `Date` except the one
 * date-formatting module.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../scripts/rules-doc.js';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** Zone → its UTC offsets in January and July, as `Date#getTimezoneOffset` gives them (minutes west of UTC). */
const ZONES: Record<string, [number, number]> = {
  UTC: [0, 0],
  'Europe/Copenhagen': [-60, -120],
  'Pacific/Kiritimati': [-840, -840],
  'America/St_Johns': [210, 150],
};

describe('time zones', () => {
  it('the same calls give the same bytes under UTC, Europe/Copenhagen, Pacific/Kiritimati and America/St_Johns', async () => {
    const outputs = await Promise.all(
      Object.keys(ZONES).map(async (zone) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', join('test', 'support', 'timeZoneCalls.ts')], {
          cwd: ROOT,
          env: { ...process.env, TZ: zone },
          maxBuffer: 64 * 1024 * 1024,
        });
        const newline = stdout.indexOf('\n');
        return { zone, header: JSON.parse(stdout.slice(0, newline)) as { zone: string; offsets: number[] }, body: stdout.slice(newline + 1) };
      }),
    );
    for (const { zone, header } of outputs) expect(header, `the child really ran in ${zone}`).toEqual({ zone, offsets: ZONES[zone] });
    const [first, ...others] = outputs;
    expect(first!.body.length).toBeGreaterThan(10_000);
    expect(first!.body).toContain('BEGIN:VCALENDAR');
    for (const other of others) expect(other.body, `${other.zone} against ${first!.zone}`).toBe(first!.body);
  });
});

/** `Date` in the code of a TypeScript file (comments and strings do not count): `new Date`, `Date.…`, `: Date`, any use of the name. */
function usesOfDate(text: string, file = 'file.ts'): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'Date') {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.parent.getText(source).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no Date in src/', () => {
  it('finds Date in code, not in comments or strings', () => {
    expect(usesOfDate('const d = new Date(0);')).toHaveLength(1);
    expect(usesOfDate('const t = Date.UTC(2025, 0, 1);')).toHaveLength(1);
    expect(usesOfDate('function f(d: Date): void {}')).toHaveLength(1);
    expect(usesOfDate("// as Date.UTC does\nconst s = 'new Date';")).toEqual([]);
  });

  it('only src/core/dateText.ts (the one date-formatting module) uses Date', () => {
    const uses = filesUnder('src', '.ts')
      .filter((file) => file !== 'src/core/dateText.ts')
      .flatMap((file) => usesOfDate(readFileSync(join(ROOT, file), 'utf8'), file));
    expect(uses).toEqual([]);
  });
});

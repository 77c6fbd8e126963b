import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const GP = join(import.meta.dirname, '..', '..', 'examples', 'almen-praksis-2025.json');

function capture(argv: string[], isTty: boolean, env: Record<string, string | undefined> = {}) {
  let out = '';
  let err = '';
  const code = runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTty, env });
  return { code, out, err };
}

describe('colour', () => {
  it('colours a report on a terminal', () => {
    const { code, out } = capture(['report', GP], true);
    expect(code).toBe(1);
    expect(out).toContain('\u001b[31m✖ OVERTRÆDELSE\u001b[0m');
  });
  it('never colours with NO_COLOR or TERM=dumb, or when not a terminal', () => {
    expect(capture(['report', GP], true, { NO_COLOR: '1' }).out).not.toContain('\u001b[');
    expect(capture(['report', GP], true, { TERM: 'dumb' }).out).not.toContain('\u001b[');
    expect(capture(['report', GP], false).out).not.toContain('\u001b[');
  });
});

/**
 * Cold start: the time to `import` the built package in a fresh Node
 * process, against importing its dependencies alone. Each sample is a new
 * `node --input-type=module -e` child that times its own dynamic imports
 * (wall and CPU); the process wall time from spawn to exit is kept too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';

/** Median figures of one variant over the repeats. */
export interface ColdStartVariant {
  readonly name: string;
  readonly imports: readonly string[];
  /** Time inside the child from before the first import to after the last. */
  readonly importMs: number;
  readonly importCpuMs: number;
  /** Spawn to exit, as seen by the parent (Node's own start-up included). */
  readonly processMs: number;
}

export interface ColdStartResult {
  readonly repeats: number;
  readonly variants: ColdStartVariant[];
  /** Package import ÷ import of zod + decimal.js + date-fns (the stack named by the design card; date-fns is a dev dependency kept for this baseline). */
  readonly ratio: number;
  /** Package import ÷ import of zod + decimal.js (what dist/index.js actually imports). */
  readonly ratioImported: number;
  readonly builtNow: boolean;
  /** When dist/index.js was written: compare with the source you think you measured. */
  readonly distBuiltAt: string;
}

const SCRIPT = (specifiers: readonly string[]): string => `
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
${specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('\n')}
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000 }));
`;

function sample(root: string, specifiers: readonly string[]): { ms: number; cpu: number; processMs: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT(specifiers)], { cwd: root, encoding: 'utf8' });
  const processMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
  const { ms, cpu } = JSON.parse(child.stdout.trim()) as { ms: number; cpu: number };
  return { ms, cpu, processMs };
}

/** Time the imports `repeats` times each, interleaved, after one discarded round (file cache). */
export function coldStart(root: string, repeats: number): ColdStartResult {
  const dist = resolve(root, 'dist/index.js');
  let builtNow = false;
  if (!existsSync(dist)) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
    builtNow = true;
  }
  const variants = [
    { name: 'klyngeregler (dist/index.js)', imports: [pathToFileURL(dist).href] },
    { name: 'zod + decimal.js + date-fns', imports: ['zod', 'decimal.js', 'date-fns'] },
    { name: 'zod + decimal.js', imports: ['zod', 'decimal.js'] },
    { name: 'nothing (empty script)', imports: [] },
  ];
  const runs = variants.map(() => [] as { ms: number; cpu: number; processMs: number }[]);
  for (let r = -1; r < repeats; r += 1) {
    variants.forEach((v, i) => {
      const s = sample(root, v.imports);
      if (r >= 0) runs[i]!.push(s);
    });
  }
  const result = variants.map((v, i) => ({
    name: v.name,
    imports: v.imports.map((s) => (s.startsWith('file:') ? 'dist/index.js' : s)),
    importMs: median(runs[i]!.map((s) => s.ms)),
    importCpuMs: median(runs[i]!.map((s) => s.cpu)),
    processMs: median(runs[i]!.map((s) => s.processMs)),
  }));
  return {
    repeats,
    variants: result,
    ratio: result[0]!.importMs / result[1]!.importMs,
    ratioImported: result[0]!.importMs / result[2]!.importMs,
    builtNow,
    distBuiltAt: statSync(dist).mtime.toISOString(),
  };
}

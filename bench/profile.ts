/**
 * CPU profile of one benchmark workload, summarised as the hottest functions
 * by self time and by inclusive time. Uses the V8 sampling profiler through
 * node:inspector (what `node --cpu-prof` uses) and also writes the raw
 * .cpuprofile to the temp directory for Chrome DevTools.
 *
 *   npx tsx bench/profile.ts checkExpenses|nation|agmDeadlines|addWorkingDays|allocate [--top 20]
 *   npx tsx bench/profile.ts summarize <file.cpuprofile>   (e.g. from node --cpu-prof --import tsx …)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays, agmDeadlines, allocate, checkExpenses, evaluateClusterYear } from '../src/index.js';
import { Rng, everyDate, generateClaims, generateNation, patientWeights } from './data.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const WORKLOADS: Record<string, () => void> = {
  checkExpenses: () => {
    const claims = generateClaims(new Rng(1), 100_000, { year: 2025, prefix: 'K001' });
    for (let i = 0; i < 2; i += 1) checkExpenses(claims);
  },
  nation: () => {
    const docs = generateNation(new Rng(2), { clusters: 120, doctors: 3300, patients: 5_500_000, expensesPerCluster: 300, year: 2025 });
    for (let i = 0; i < 3; i += 1) for (const doc of docs) evaluateClusterYear(doc);
  },
  agmDeadlines: () => {
    for (const d of everyDate(1950, 2149)) agmDeadlines(d);
  },
  addWorkingDays: () => {
    const dates = everyDate(1950, 2149);
    for (let r = 0; r < 5; r += 1) dates.forEach((d, i) => addWorkingDays(d, (i % 31) - 15));
  },
  allocate: () => {
    const weights = patientWeights(new Rng(3), 1000);
    for (let i = 0; i < 500; i += 1) allocate('1234567.89', weights);
  },
};

function where(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('node_modules/');
  const file = nm >= 0 ? url.slice(nm + 13) : url.replace(/^.*?\/(src|bench)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** Self and inclusive milliseconds per function, hottest first. */
export function summarize(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const key = where(byId.get(id)!.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) seen.add(where(byId.get(cur)!.callFrame));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return `sampled ${all.toFixed(0)} ms\nself time:\n${rows(self)}\ninclusive time:\n${rows(total)}`;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((res, rej) => session.post(method, params ?? {}, (err, result) => (err ? rej(err) : res(result as T))));
}

async function main(): Promise<void> {
  const [target = '', arg] = process.argv.slice(2);
  const topAt = process.argv.indexOf('--top');
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 20;
  if (target === 'summarize' && arg !== undefined) {
    console.log(summarize(JSON.parse(readFileSync(arg, 'utf8')) as CpuProfile, top));
    return;
  }
  const workload = WORKLOADS[target];
  if (workload === undefined) throw new Error(`unknown target '${target}': ${Object.keys(WORKLOADS).join(', ')} or summarize <file>`);
  WORKLOADS[target] === WORKLOADS.checkExpenses ? checkExpenses(generateClaims(new Rng(9), 2000, { year: 2025, prefix: 'W' })) : workload();
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  workload();
  const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  const file = join(tmpdir(), `klyngeregler-${target}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`${target}: profile written to ${file}\n${summarize(profile, top)}`);
}

await main();

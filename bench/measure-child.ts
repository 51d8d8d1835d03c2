/**
 * One measurement of the benchmark, in its own process: `prim` (the real command path)
 * or `plain` (a hand-written loop). Prints {seconds, cpuSeconds, startupSeconds, maxRssMb,
 * rows} as the last line; cpuSeconds (user + system, all threads) moves less than seconds
 * when other work shares the machine. Start-up (loading the command's modules, compiled by tsx here) is timed
 * apart: the command first runs on a one-row copy of the register, then on the register.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { run } from '../packages/cli/src/run.js';

const [mode, file, out] = process.argv.slice(2) as [string, string, string];

async function plain(): Promise<number> {
  const counts = new Map<string, number>();
  let rows = 0;
  let header = true;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    if (header) {
      header = false;
      continue;
    }
    if (line === '') continue;
    const [date = '', commune, profile, sex] = line.split(',');
    const key = `${date.slice(0, 7)}|${commune}|${profile}|${sex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    rows += 1;
  }
  return rows;
}

async function prim(register = file): Promise<number> {
  let stderr = '';
  const code = await run(['aggregate', register, '-o', out], {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
  });
  if (code !== 0) throw new Error(stderr);
  const m = /(\d+) register rows? read/.exec(stderr);
  return Number(m?.[1] ?? 0);
}

let startupSeconds = 0;
if (mode === 'prim') {
  // A one-row register of the same format, written before the clock starts.
  const tiny = `${out}.startup${extname(file)}`;
  const silent = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };
  await run(['generate', 'register', '--rows', '1', '-o', tiny], silent);
  const start = performance.now();
  await prim(tiny);
  startupSeconds = (performance.now() - start) / 1000;
}
const start = performance.now();
const cpu = process.cpuUsage();
const rows = mode === 'plain' ? await plain() : await prim();
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
// maxRSS is in kilobytes.
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    startupSeconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows,
  }),
);

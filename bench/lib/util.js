// Small helpers shared by the benchmarks: progress on stderr, timing, statistics, machine description.
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export const log = (message) => process.stderr.write(`[bench] ${message}\n`);

export async function timed(work) {
  const start = performance.now();
  const value = await work();
  return { ms: round(performance.now() - start), value };
}

export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: sorted.length, medianMs: round(median), minMs: round(sorted[0]), p90Ms: round(at(0.9)), maxMs: round(sorted[sorted.length - 1]) };
}

export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch { /* not Linux */ }
  const pglite = JSON.parse(fs.readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')).version;
  return {
    nproc: os.availableParallelism(), memoryGiB: round(os.totalmem() / 2 ** 30, 1), cpu, node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`, pglite,
  };
}

/** `--name value` and `--flag` options after the benchmark name. */
export function parseArgs(args, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!m) throw new Error(`unexpected argument ${args[i]}`);
    const key = m[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option --${m[1]}`);
    if (typeof defaults[key] === 'boolean') { out[key] = m[2] === undefined ? true : m[2] !== 'false'; continue; }
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value`);
    out[key] = typeof defaults[key] === 'number' || defaults[key] === null ? Number(value.replace(/_/g, '')) : value;
    if (Number.isNaN(out[key])) throw new Error(`--${m[1]}: not a number: ${value}`);
  }
  return out;
}

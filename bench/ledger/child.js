// Runs a benchmark child in its own process, under GNU time when present, and returns its result with peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const GNU_TIME = '/usr/bin/time';

export async function runChild(script, args, workDir, label, env = {}) {
  const resultFile = path.join(workDir, `${label}.result.json`);
  const timeFile = path.join(workDir, `${label}.time.txt`);
  const node = [process.execPath, new URL(script, import.meta.url).pathname, ...args, resultFile];
  const useTime = fs.existsSync(GNU_TIME);
  const [cmd, ...argv] = useTime ? [GNU_TIME, '-v', '-o', timeFile, ...node] : node;
  const child = spawn(cmd, argv, { stdio: ['ignore', 2, 2], env: { ...process.env, ...env } }); // the child's output joins our logs on stderr
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${label} child exited with ${code}`);
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  const timeText = useTime ? fs.readFileSync(timeFile, 'utf8') : '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeText);
  const wall = /Elapsed \(wall clock\) time[^:]*: (.+)/.exec(timeText);
  const peakKiB = rss ? Number(rss[1]) : result.maxRssKiB;
  return { ...result, peakRssMiB: Math.round(peakKiB / 1024), peakRssSource: rss ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
    processWall: wall ? wall[1].trim() : undefined };
}

// Runs the real compiled binary (bin/arrears.js → dist/), as a user would. On PostgreSQL each test file gets its
// own database, prepared with `arrears db migrate`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createScratchDatabase } from './pg-scratch.js';
import { tempDir } from './fixtures.js';

export const BIN = path.resolve(__dirname, '../../bin/arrears.js');

export type CliResult = { status: number | null; stdout: string; stderr: string };

export type CliEnv = { env: NodeJS.ProcessEnv; dataDir: string; cleanup: () => Promise<void> };

export async function cliEnv(): Promise<CliEnv> {
  const dataDir = tempDir();
  const base = { ...process.env, ARREARS_DATA: dataDir };
  const url = process.env.DATABASE_URL;
  if (!url) return { env: base, dataDir, cleanup: async () => undefined };
  const scratch = await createScratchDatabase(url, 'arrears_cli');
  const env = { ...base, DATABASE_URL: scratch.url };
  runCli(env, ['db', 'migrate']);
  return {
    env, dataDir,
    cleanup: scratch.drop,
  };
}

export function runCli(env: NodeJS.ProcessEnv, args: string[]): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

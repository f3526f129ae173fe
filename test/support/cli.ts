// Runs the real compiled binary (bin/arrears.js → dist/), as a user would. On PostgreSQL each test file gets its
// own database, prepared with `arrears db migrate`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { tempDir } from './fixtures.js';

export const BIN = path.resolve(__dirname, '../../bin/arrears.js');

export type CliResult = { status: number | null; stdout: string; stderr: string };

export type CliEnv = { env: NodeJS.ProcessEnv; dataDir: string; cleanup: () => Promise<void> };

export async function cliEnv(): Promise<CliEnv> {
  const dataDir = tempDir();
  const base = { ...process.env, ARREARS_DATA: dataDir };
  const url = process.env.DATABASE_URL;
  if (!url) return { env: base, dataDir, cleanup: async () => undefined };
  const name = `arrears_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const env = { ...base, DATABASE_URL: target.toString() };
  runCli(env, ['db', 'migrate']);
  return {
    env, dataDir,
    cleanup: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export function runCli(env: NodeJS.ProcessEnv, args: string[]): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Starts the real binary (`arrears serve`) on a free port with its own data folder, as a user would, and stops it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const BIN = path.resolve(__dirname, '../../bin/arrears.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type Running = { url: string; output: () => string; stop: () => Promise<void> };

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (!output.includes('is listening on')) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`the server did not start:\n${output}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) { resolve(); return; }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
  });
  return { url, output: () => output, stop };
}

export function cli(env: NodeJS.ProcessEnv, args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`arrears ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// The embedded engine lets only one process open a data folder (issue #2). A lock file records the holder's pid
// and, for the server, its URL so a CLI command can say where to go instead. A holder killed with -9 leaves a
// stale file; it is recognised by its dead pid and taken over.
import fs from 'node:fs';
import path from 'node:path';

export type LockHolder = { pid: number; url?: string; command: string; since: string };

export class DataFolderBusyError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockHolder) {
    super(holder.url
      ? `the data folder ${dataDir} is in use by the Arrears server (pid ${holder.pid}) at ${holder.url}; ` +
        'use the server (its HTTP API) or stop it first'
      : `the data folder ${dataDir} is in use by another arrears process (pid ${holder.pid}, "${holder.command}"); ` +
        'wait for it to finish');
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

export type DataLock = { update: (url: string) => void; release: () => void };

export function lockDataFolder(dataDir: string, command: string): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'arrears.lock');
  const holder: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      return {
        update: (url) => fs.writeFileSync(file, JSON.stringify({ ...holder, url })),
        release: () => { if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true }); },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(file);
      if (current && current.pid !== process.pid && isAlive(current.pid)) throw new DataFolderBusyError(dataDir, current);
      // Stale (holder died) or unreadable (holder died while writing): take it over by renaming it away first,
      // so two processes racing for a stale lock cannot both win.
      try { fs.renameSync(file, `${file}.stale-${process.pid}`); fs.rmSync(`${file}.stale-${process.pid}`, { force: true }); } catch { /* another process took it */ }
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}

// Issue #6 through the real binary: `arrears call …`, `arrears note add`, `arrears timeline --format json`,
// `arrears letterhead …`; bad input says field and reason on stderr and exits 1; the CLI user is the actor.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let ctx: CliEnv;
const actor = `cli:${os.userInfo().username}`;
const run = (...args: string[]) => runCli(ctx.env, args);
const json = (...args: string[]) => {
  const result = run(...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

beforeAll(async () => {
  ctx = await cliEnv();
  expect(run('tenant', 'create', '--slug', 'cli-calls', '--name', 'Calls AS', '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb').status).toBe(0);
  const customers = path.join(ctx.dataDir, 'customers.csv');
  fs.writeFileSync(customers, 'customer_ref,name,country,language,currency,phone\nC1,Fjord Fisk AS,NO,nb,NOK,+47 22 33 44 55\n');
  expect(run('import', 'customers', customers, '--tenant', 'cli-calls').status).toBe(0);
}, 120_000);
afterAll(async () => ctx.cleanup());

describe(`arrears call, note, timeline, letterhead (${engineName})`, () => {
  it('sets peak hours, adds a task into the peak window, logs a call, and shows it all on the timeline', () => {
    expect(json('call', 'settings', '--tenant', 'cli-calls', '--peak', '10:00-12:00,14:00-16:00')).toMatchObject({ peakWindows: ['10:00-12:00', '14:00-16:00'], updatedBy: actor });
    const task = json('call', 'add', '--tenant', 'cli-calls', '--customer', 'C1', '--reason', 'chase INV-1', '--due-on', '2099-01-05');
    expect(task).toMatchObject({ localDueTime: '2099-01-05 10:00', telUri: 'tel:+4722334455', createdBy: actor });
    const logged = json('call', 'log', '--tenant', 'cli-calls', '--task', task.id, '--outcome', 'left-message', '--note', 'voicemail', '--next-action-on', '2099-01-06');
    expect(logged.task).toMatchObject({ status: 'done', outcome: 'left-message', calledBy: actor });
    expect(logged.followUp).toMatchObject({ localDueTime: '2099-01-06 10:00' });
    expect(json('note', 'add', '--tenant', 'cli-calls', '--customer', 'C1', '--text', 'prefers e-mail')).toMatchObject({ createdBy: actor });
    const timeline = json('timeline', '--tenant', 'cli-calls', '--customer', 'C1');
    expect(timeline.entries.map((e: { kind: string; by: string }) => [e.kind, e.by])).toEqual([['note', actor], ['call', actor]]);
    expect(json('timeline', '--tenant', 'cli-calls', '--customer', 'C1', '--kinds', 'call').entries).toHaveLength(1);
  });

  it('keeps letterheads', () => {
    const set = json('letterhead', 'set', '--tenant', 'cli-calls', '--name', 'law-firm', '--sender', 'Advokat AS', 'on behalf of Calls AS', '--templates', 'in-collections', '--accent', '#AA0000');
    expect(set).toMatchObject({ name: 'law-firm', senderLines: ['Advokat AS', 'on behalf of Calls AS'], templateKeys: ['in-collections'], accentColour: '#aa0000', updatedBy: actor });
    expect(json('letterhead', 'list', '--tenant', 'cli-calls').letterheads).toHaveLength(1);
    expect(json('letterhead', 'delete', '--tenant', 'cli-calls', '--name', 'law-firm')).toEqual({ deleted: 'law-firm' });
  });

  it('says which field is wrong and exits 1', () => {
    const outcome = run('call', 'log', '--tenant', 'cli-calls', '--customer', 'C1', '--outcome', 'maybe');
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('arrears: outcome: one of promise, dispute');
    const kinds = run('timeline', '--tenant', 'cli-calls', '--customer', 'C1', '--kinds', 'gossip');
    expect(kinds.stderr).toContain('kinds: "gossip" is not one of');
    expect(run('timeline', '--tenant', 'cli-calls', '--customer', 'NOPE').stderr).toContain('no customer "NOPE"');
    expect(run('letterhead', 'set', '--tenant', 'cli-calls', '--name', 'Bad Name', '--sender', 'X').stderr).toContain('name: lower-case letters');
    expect(run('call', 'settings', '--tenant', 'cli-calls', '--peak', '08:00-10:00').stderr).toContain('peakWindows.0: "08:00-10:00" is outside the business hours');
  });
});

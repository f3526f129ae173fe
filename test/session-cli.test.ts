// `arrears user create | grant` through the real binary (issue #6: users belong to one or more tenants), and the
// stored password is a salted scrypt hash, never the password.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/app/users/passwords.js';
import { type CliEnv, cliEnv, runCli } from './support/cli.js';
import { engineName } from './support/test-db.js';

let ctx: CliEnv;
const tenant = (slug: string) => ['tenant', 'create', '--slug', slug, '--name', `${slug} AS`, '--country', 'NO', '--currency', 'NOK', '--timezone', 'Europe/Oslo', '--language', 'nb'];

beforeAll(async () => {
  ctx = await cliEnv();
  for (const slug of ['cli-a', 'cli-b']) expect(runCli(ctx.env, tenant(slug)).status).toBe(0);
}, 120_000);
afterAll(async () => ctx.cleanup());

describe(`arrears user (${engineName})`, () => {
  it('creates a user from a password file and grants a second tenant', () => {
    const file = path.join(ctx.dataDir, 'pw.txt');
    fs.writeFileSync(file, 'a long enough password\n');
    const created = runCli(ctx.env, ['user', 'create', '--email', 'Ann@Example.com', '--name', 'Ann Collector', '--password-file', file, '--tenant', 'cli-a', '--role', 'collector', '--format', 'json']);
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout)).toEqual({ email: 'ann@example.com', name: 'Ann Collector', tenant: 'cli-a', role: 'collector' });
    const granted = runCli(ctx.env, ['user', 'grant', '--email', 'ann@example.com', '--tenant', 'cli-b', '--role', 'viewer', '--format', 'json']);
    expect(JSON.parse(granted.stdout)).toMatchObject({ tenant: 'cli-b', role: 'viewer' });
  });

  it('says what is wrong with bad input and exits 1', () => {
    const weak = runCli(ctx.env, ['user', 'create', '--email', 'bob@example.com', '--name', 'Bob', '--password', 'short', '--tenant', 'cli-a', '--role', 'viewer']);
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('password: must be at least 10 characters');
    const role = runCli(ctx.env, ['user', 'grant', '--email', 'ann@example.com', '--tenant', 'cli-a', '--role', 'boss']);
    expect(role.status).toBe(1);
    expect(role.stderr).toContain('role: must be one of admin, manager, collector, viewer');
    const again = runCli(ctx.env, ['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'another long password', '--tenant', 'cli-a', '--role', 'viewer']);
    expect(again.stderr).toContain('already exists');
    const nobody = runCli(ctx.env, ['user', 'grant', '--email', 'nobody@example.com', '--tenant', 'cli-a', '--role', 'viewer']);
    expect(nobody.stderr).toContain('no user "nobody@example.com"');
  });
});

describe('password hashes', () => {
  it('are salted scrypt, verify the right password only', async () => {
    const one = await hashPassword('correct horse battery');
    const two = await hashPassword('correct horse battery');
    expect(one).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(one).not.toBe(two);
    expect(one).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', one)).toBe(true);
    expect(await verifyPassword('correct horse batterY', one)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

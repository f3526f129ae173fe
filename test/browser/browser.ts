// What every browser spec shares: Debian's chromium launched headless, a page whose console errors are collected
// (issue #7: "no console errors on any page"), and a demo server with a second tenant the demo user also works in.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Running, cli, startServer } from './server.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * Collects the page's console errors and uncaught exceptions into `errors`, except the failed loads of requests the
 * test makes fail on purpose (`expectedFailures`, matched against the request's URL).
 */
export function watchConsole(p: Page, errors: string[], expectedFailures: readonly RegExp[]): void {
  p.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    if (m.text().startsWith('Failed to load resource') && expectedFailures.some((r) => r.test(where))) return;
    errors.push(`${m.text()} (${where})`);
  });
  p.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
}

/**
 * The first start loads the demo tenant and its user; then, with the server stopped (one process per data folder),
 * a second tenant with two customers of its own, in which the demo user is a collector. Returns the running server.
 */
export async function startDemoWithSecondTenant(env: NodeJS.ProcessEnv, port: number, dataDir: string): Promise<Running> {
  const first = await startServer(env, port);
  await first.stop();
  cli(env, ['tenant', 'create', '--slug', 'second', '--name', 'Second Client GmbH', '--country', 'DE', '--currency', 'EUR', '--timezone', 'Europe/Berlin', '--language', 'de']);
  const csv = path.join(dataDir, 'second-customers.csv');
  fs.writeFileSync(csv, 'customer_ref,name,country,language,currency\nZ001,Zeta Zahnradwerke GmbH,DE,de,EUR\nZ002,Zwilling Zubehör KG,DE,de,EUR\n');
  cli(env, ['import', 'customers', csv, '--tenant', 'second']);
  cli(env, ['user', 'grant', '--email', 'demo@arrears.example', '--tenant', 'second', '--role', 'collector']);
  return startServer(env, port);
}

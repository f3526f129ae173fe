// Issue #7's flows end to end in chromium against the real server and database, signed in as the demo user: work
// the worklist and log a call with a promise, see that customer skipped in the dunning dry run with the promise as
// the reason, plan the run and open a letter PDF and an e-mail as sent, upload a large CSV with a bad row (with its
// upload progress) and read the error with its line, upload a bank file from the imports page, switch tenants and
// see none of the other tenant's data, agree a payment plan, put a customer on hold and open a dispute on the
// customer page, see the disputes by reason on the dashboard, and edit the tenant's details. No console errors;
// every page is saved as a screenshot in test-artifacts/ (i7-*.png).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { camt054 } from '../support/camt.js';
import { type Running, freePort } from './server.js';
import { ARTIFACTS, launchChromium, startDemoWithSecondTenant, watchConsole } from './browser.js';


let dataDir: string;
let server: Running;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let password: string;
const consoleErrors: string[] = [];
/** Requests the test makes fail on purpose; the browser logs their status as a console error. */
const expectedFailures: RegExp[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-browser-i7-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ARREARS_DATA: dataDir, ARREARS_SCHEDULER: 'off' };
  delete env.DATABASE_URL;
  const port = await freePort();
  // First start loads the demo tenant and its user; then, with the server stopped, a second tenant the demo user
  // also works in, with customers of its own.
  server = await startDemoWithSecondTenant(env, port, dataDir);
  password = fs.readFileSync(path.join(dataDir, 'demo-password.txt'), 'utf8').trim();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Oslo' });
  page = await context.newPage();
  watchConsole(page, consoleErrors, expectedFailures);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `i7-${name}.png`), fullPage: true });
const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const settled = () => page.waitForFunction(() => !Array.from(document.querySelectorAll('[role=status]')).some((s) => s.textContent?.startsWith('Loading')));
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
const inDays = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Calls the API from the page with its session cookie and CSRF token. */
async function api<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(async ([m, u, b]) => {
    const session = await (await fetch('/api/session')).json() as { csrfToken: string };
    const res = await fetch(u as string, { method: m as string, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) };
  }, [method, url, body] as const) as Promise<{ status: number; body: T }>;
}

type Item = { number: string; open: string; daysPastDue: number };
const openItems = async (ref: string) => (await api<{ items: Item[] }>('GET', `/api/customers/${encodeURIComponent(ref)}/statement?from=2000-01-01&to=${today()}&type=open-item&format=json`)).body.items.filter((i) => !i.open.startsWith('-') && !/^0(\.0+)?$/.test(i.open));
/** The sum of decimal strings, exactly (as minor units with four decimals). */
function sum(amounts: string[]): string {
  const units = amounts.reduce((s, a) => { const [w = '0', f = ''] = a.split('.'); return s + BigInt(`${w}${f.padEnd(4, '0').slice(0, 4)}`); }, 0n);
  const digits = units.toString().padStart(5, '0');
  return `${digits.slice(0, -4)}.${digits.slice(-4, -2)}`;
}

let demoTenantName = '';
/** Customers today's run would dun, in worklist order: the first gets a promise, the next a plan, hold and dispute. */
let promised: { customerRef: string; customerName: string };
let others: { customerRef: string; customerName: string }[] = [];

describe('issue #7 flows in chromium', () => {
  it('signs in as the demo user and works the worklist from the keyboard, logging a call with a promise', async () => {
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill('demo@arrears.example');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    demoTenantName = (await api<{ tenant: { name: string } }>('GET', '/api/session')).body.tenant.name;

    const dry = await api<{ actions: { customerRef: string }[] }>('POST', '/api/dunning/runs', { asOf: today(), dryRun: true });
    expect(dry.status).toBe(200);
    const dunned = new Set(dry.body.actions.map((a) => a.customerRef));
    const rows = (await api<{ rows: { customerRef: string; customerName: string; openPromise: boolean; openDispute: boolean; activePlan: boolean }[] }>('GET', '/api/worklist?who=all&limit=25')).body.rows;
    const candidates = rows.filter((r) => dunned.has(r.customerRef) && !r.openPromise && !r.openDispute && !r.activePlan);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    promised = candidates[0]!;
    others = candidates.slice(1, 3);

    await nav('Worklist').click();
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    await page.getByRole('combobox', { name: 'Whose accounts' }).selectOption('all');
    const row = page.getByTestId(`worklist-${promised.customerRef}`);
    await row.waitFor();
    await settled();
    await shot('01-worklist');
    // Keyboard: focus the first account, walk down with j to ours, open the call form with l.
    await page.locator('tr.account').first().focus();
    for (let i = 0; i < 30 && !(await row.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('j');
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('l');
    const form = page.getByRole('form', { name: `Log a call with ${promised.customerRef}` });
    await form.waitFor();
    await form.getByLabel('Outcome').selectOption('promise');
    const items = await openItems(promised.customerRef);
    expect(items.length).toBeGreaterThan(0);
    await form.getByLabel('Promised amount').fill(sum(items.map((i) => i.open)));
    await form.getByLabel('Pay by').fill(inDays(10));
    for (const i of items) await form.getByRole('checkbox', { name: new RegExp(`^${i.number} `) }).check();
    await form.getByLabel('Note').fill('will pay everything in ten days');
    await shot('02-worklist-log-call');
    await form.getByRole('button', { name: 'Log call' }).click();
    await form.getByText(/^Logged: Promise to pay/).waitFor();
    const promises = (await api<{ promises: { status: string; amount: string }[] }>('GET', `/api/promises?customerRef=${encodeURIComponent(promised.customerRef)}`)).body.promises;
    expect(promises.map((p) => p.status)).toEqual(['active']);
  });

  it('shows that customer skipped in the dunning dry run, with the promise as the reason', async () => {
    await nav('Dunning').click();
    await page.getByRole('link', { name: 'Run preview and approval →' }).click();
    await page.getByRole('heading', { name: 'Dunning run' }).waitFor();
    await page.getByRole('button', { name: 'Dry run: show what it would do' }).click();
    const skipped = page.getByTestId('dry-run-skipped');
    await skipped.waitFor();
    expect(await page.getByTestId('dry-run').locator('tbody td:first-child').allTextContents()).not.toContain(promised.customerRef);
    await skipped.locator('summary').click();
    await page.getByLabel('Find a skipped customer').fill(promised.customerRef);
    const line = skipped.locator('tbody tr', { has: page.getByRole('link', { name: promised.customerRef, exact: true }) });
    await line.waitFor();
    expect(await line.locator('td').nth(1).textContent()).toMatch(/promise/i);
    await shot('03-dry-run-skipped');
  });

  it('plans the run, opens a letter as its PDF and an e-mail as sent', async () => {
    await page.getByRole('button', { name: /^Plan the run for/ }).click();
    await page.locator('table.run tbody tr').first().waitFor();
    const actions = (await api<{ actions: { customerRef: string; status: string }[] }>('GET', `/api/dunning/runs/${today()}/actions`)).body.actions;
    expect(actions.map((a) => a.customerRef)).not.toContain(promised.customerRef);
    await settled();
    await shot('04-run-planned');
    const approval = page.getByRole('button', { name: 'Approve all' });
    if (await approval.count() > 0) {
      await approval.click();
      await expect.poll(async () => (await api<{ actions: { status: string }[] }>('GET', `/api/dunning/runs/${today()}/actions`)).body.actions.filter((a) => a.status === 'planned').length).toBe(0);
    }

    await nav('Outbox').click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor();
    const letter = page.getByRole('link', { name: /as PDF$/ }).first();
    await letter.waitFor();
    const pdf = await context.request.get(`${server.url}${await letter.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await shot('05-outbox');

    const openEmail = page.getByRole('link', { name: /^Open the email to / }).first();
    await openEmail.waitFor();
    const recipient = (await openEmail.getAttribute('aria-label'))!.replace(/^Open the email to /, '').replace(/ as sent$/, '');
    await openEmail.click();
    const sent = page.getByTestId('message-as-sent');
    await sent.waitFor();
    await sent.locator('.message-body').waitFor();
    expect(await sent.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['email', recipient]));
    expect((await sent.getByRole('heading').textContent())?.length).toBeGreaterThan(3);
    expect((await sent.locator('.message-body').textContent())?.length).toBeGreaterThan(20);
    const attachment = sent.getByRole('link', { name: /\.pdf$/ });
    const attached = await context.request.get(`${server.url}${await attachment.getAttribute('href')}`);
    expect((await attached.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(page.url()).toMatch(/[?&]message=\d+/);
    await shot('06-email-as-sent');
    await sent.getByRole('button', { name: 'Close' }).click();
    await sent.waitFor({ state: 'detached' });
  });

  it('uploads a large CSV with its progress, rejects it for a bad row and shows the row\'s line; then a bank file', async () => {
    await nav('Imports').click();
    await page.getByRole('heading', { name: 'Imports' }).waitFor();
    await page.getByLabel('What').selectOption('customers');
    const lines = ['customer_ref,name,country,language,currency'];
    for (let i = 1; i <= 6000; i += 1) lines.push(`BIG${String(i).padStart(5, '0')},Big Import Customer Number ${i} AS,NO,nb,${i === 4321 ? 'XX' : 'NOK'}`);
    const csv = `${lines.join('\n')}\n`;
    // A slow uplink, so the upload's progress is seen: about 150 kB/s.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 150 * 1024 });
    expectedFailures.push(/\/api\/imports\//);
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'customers-large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = page.locator('progress.upload-progress');
    await progress.waitFor();
    await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
    expect(Number(await progress.getAttribute('max'))).toBe(Buffer.byteLength(csv));
    expect(await page.getByTestId('upload-status').textContent()).toMatch(/Uploading: .+ of .+KB \([\d.]+%\)/);
    await shot('07-import-progress');
    const summary = page.getByTestId('import-summary');
    await summary.getByText('Rejected: nothing was imported.').waitFor({ timeout: 120_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await summary.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['4322', 'currency', expect.stringMatching(/.+/)]);
    expect(await page.getByTestId('upload-status').count()).toBe(0);
    expectedFailures.push(/\/api\/customers\/BIG00001$/);
    expect((await api('GET', '/api/customers/BIG00001')).status).toBe(404);
    await shot('08-import-rejected');

    const camt = camt054('NO9386011117947', [{ amount: '321.00', currency: 'NOK', date: today(), ref: 'I7-1', text: 'nothing we know', payerName: 'Unknown Payer' }]);
    await page.getByLabel('Bank file', { exact: true }).setInputFiles({ name: 'camt054-imports.xml', mimeType: 'application/xml', buffer: Buffer.from(camt) });
    await page.getByRole('button', { name: 'Import bank file', exact: true }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('1 entries');
    await result.getByRole('link', { name: 'Open the bank queue' }).waitFor();
    await shot('09-import-bank-file');
  });

  it('switches tenants and sees none of the other tenant\'s data', async () => {
    await page.getByLabel('Tenant').selectOption({ label: 'Second Client GmbH' });
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText(/No open receivables yet/).waitFor();
    await settled();
    await shot('10-second-tenant-dashboard');
    await nav('Customers').click();
    await page.getByText('Zeta Zahnradwerke GmbH').waitFor();
    expect(await page.locator('table.data tbody tr td:first-child').allTextContents()).toEqual(['Z001', 'Z002']);
    await shot('11-second-tenant-customers');
    await nav('Outbox').click();
    await page.getByText(/No messages/).waitFor();
    await nav('Worklist').click();
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    await settled();
    expect(await page.locator(`[data-testid="worklist-${promised.customerRef}"]`).count()).toBe(0);
    expectedFailures.push(/\/api\/customers\/[^/]+$/);
    expect((await api('GET', `/api/customers/${encodeURIComponent(promised.customerRef)}`)).status).toBe(404);
    expect((await api('GET', '/api/customers/BIG00001')).status).toBe(404);
    await shot('12-second-tenant-worklist');
    await page.getByLabel('Tenant').selectOption({ label: demoTenantName });
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('agrees a payment plan, puts a customer on hold and opens a dispute on the customer page', async () => {
    const [planned, held] = others as [typeof promised, typeof promised];
    await page.goto(`${server.url}/customers/${encodeURIComponent(planned.customerRef)}`);
    await page.getByRole('heading', { name: planned.customerName }).waitFor();
    const actions = page.getByTestId('customer-actions');
    await actions.getByRole('tab', { name: 'Payment plan' }).click();
    const plan = actions.getByRole('form', { name: 'Agree a payment plan' });
    await plan.getByLabel('Instalments').fill('3');
    await plan.getByLabel('Frequency').selectOption('monthly');
    await plan.getByLabel('First instalment on').fill(inDays(14));
    await plan.getByLabel(/^Down payment \(/).fill('100.00');
    await plan.getByLabel('Down payment on').fill(inDays(3));
    await plan.getByRole('button', { name: 'Agree plan' }).click();
    const plans = page.getByTestId('customer-plans');
    const instalments = plans.getByRole('table', { name: /^Instalments of plan/ });
    await instalments.waitFor();
    expect(await instalments.locator('tbody tr').count()).toBe(4);
    expect(await instalments.locator('tbody tr').first().locator('td').first().textContent()).toBe('down');
    const stored = (await api<{ plans: { status: string; frequency: string }[] }>('GET', `/api/payment-plans?customerRef=${encodeURIComponent(planned.customerRef)}`)).body.plans;
    expect(stored).toEqual([expect.objectContaining({ status: 'active', frequency: 'monthly' })]);
    await settled();
    await shot('13-customer-payment-plan');

    const credit = page.getByTestId('credit-card');
    await credit.getByLabel('Reason for a hold').fill('plan agreed: no new sales until it is paid');
    await credit.getByRole('button', { name: 'Put on hold' }).click();
    await credit.getByText('On hold: no new credit sales').waitFor();
    await credit.getByRole('button', { name: 'Release hold' }).waitFor();
    const holds = (await api<{ holds: { action: string; reason: string }[] }>('GET', `/api/customers/${encodeURIComponent(planned.customerRef)}/credit-holds`)).body.holds;
    expect(holds[0]).toMatchObject({ action: 'hold', reason: 'plan agreed: no new sales until it is paid' });
    await settled();
    await shot('14-customer-on-hold');

    // Another customer: a dispute and a promise recorded directly, not through a call.
    await page.goto(`${server.url}/customers/${encodeURIComponent(held.customerRef)}`);
    await page.getByRole('heading', { name: held.customerName }).waitFor();
    await actions.getByRole('tab', { name: 'Dispute' }).click();
    const dispute = actions.getByRole('form', { name: 'Open a dispute' });
    await dispute.getByLabel('Reason').selectOption('pricing');
    const items = await openItems(held.customerRef);
    await dispute.getByRole('checkbox', { name: new RegExp(`^${items[0]!.number} `) }).check();
    await dispute.getByLabel('Note').fill('price differs from the order');
    await dispute.getByRole('button', { name: 'Open dispute' }).click();
    await dispute.getByText(/^Dispute opened for/).waitFor();
    if (items.length > 1) {
      await actions.getByRole('tab', { name: 'Promise' }).click();
      const promise = actions.getByRole('form', { name: 'Record a promise to pay' });
      await promise.getByLabel(/^Promised amount/).fill(items[1]!.open);
      await promise.getByLabel('Pay by').fill(inDays(5));
      await promise.getByRole('checkbox', { name: new RegExp(`^${items[1]!.number} `) }).check();
      await promise.getByRole('button', { name: 'Record promise' }).click();
      await promise.getByText(/^Promise recorded:/).waitFor();
    }
    await settled();
    await shot('15-customer-dispute-and-promise');
  });

  it('shows the open disputes by reason on the dashboard', async () => {
    await nav('Dashboard').click();
    const card = page.getByTestId('disputes-by-reason');
    await card.getByRole('rowheader', { name: 'pricing' }).waitFor();
    await card.getByRole('img', { name: /Open disputes per reason/ }).waitFor();
    await settled();
    await shot('16-dashboard-disputes-by-reason');
  });

  it('edits the tenant details in settings', async () => {
    await nav('Settings').click();
    const card = page.getByTestId('tenant-details');
    await card.getByLabel('Phone').waitFor();
    await card.getByLabel('Phone').fill('+47 22 33 44 55');
    await card.getByLabel('Days between contacts').fill('9');
    await card.getByLabel('Daily dunning run at').fill('06:45');
    await card.getByRole('button', { name: 'Save tenant details' }).click();
    await card.getByText('Tenant details saved.').waitFor();
    const details = (await api<{ phone: string; contactIntervalDays: number; dunningRunTime: string }>('GET', '/api/tenant/details')).body;
    expect(details).toMatchObject({ phone: '+47 22 33 44 55', contactIntervalDays: 9, dunningRunTime: '06:45' });
    await settled();
    await shot('17-settings-tenant-details');
  });

  it('logged no console errors on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});

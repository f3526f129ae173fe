// Issue #7's collector pages in a real browser (playwright-core driving Debian's chromium) against the real server
// and database, signed in as the demo user: the dunning policy editor with its live preview, the run preview with
// approve and hold and a letter as PDF, the outbox's letters, the disputes board and root causes, a CSV import
// with a bad row, settings (users, roles, API keys), the dashboard's cash collected and promise-kept rate, and the
// navigation and a table at 380 px wide. Any console error fails the test; every page is saved as a screenshot in
// test-artifacts/ (prefix c-).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, cli, freePort, startServer } from './server.js';
import { ARTIFACTS, launchChromium, watchConsole } from './browser.js';


let dataDir: string;
let server: Running;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let password: string;
const consoleErrors: string[] = [];
/** Requests the test makes fail on purpose; the browser logs their status as a console error. */
const expectedFailures: RegExp[] = [];

function watch(p: Page): void {
  watchConsole(p, consoleErrors, expectedFailures);
  p.on('dialog', (d) => void d.accept());
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-browser-pages-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ARREARS_DATA: dataDir, ARREARS_SCHEDULER: 'off' };
  delete env.DATABASE_URL;
  const port = await freePort();
  // First start loads the demo; then, with the server stopped, the demo tenant asks for approval of each action.
  const first = await startServer(env, port);
  await first.stop();
  password = fs.readFileSync(path.join(dataDir, 'demo-password.txt'), 'utf8').trim();
  cli(env, ['tenant', 'update', '--slug', 'demo', '--require-approval', 'yes']);
  server = await startServer(env, port);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Oslo' });
  page = await context.newPage();
  watch(page);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const shot = (name: string, p = page) => p.screenshot({ path: path.join(ARTIFACTS, `c-${name}.png`), fullPage: true });
const nav = (name: string, p = page) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const settled = (p = page) => p.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.startsWith('Loading'));

/** Calls the API from the page with its session cookie and CSRF token. */
async function api<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(async ([m, u, b]) => {
    const session = await (await fetch('/api/session')).json() as { csrfToken: string };
    const res = await fetch(u as string, { method: m as string, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) };
  }, [method, url, body] as const) as Promise<{ status: number; body: T }>;
}

async function signIn(p: Page): Promise<void> {
  await p.goto(server.url);
  await p.getByLabel('E-mail').fill('demo@arrears.example');
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

describe('the collector pages in chromium', () => {
  it('shows cash collected this month and the promise-kept rate on the dashboard', async () => {
    await signIn(page);
    const cash = page.getByTestId('cash-collected');
    await cash.getByRole('heading', { name: 'Cash collected this month' }).waitFor();
    const expected = await api<{ currencies: { currency: string; amount: string }[] }>('GET', `/api/cash-collected?from=${today().slice(0, 8)}01&to=${today()}`);
    await expect.poll(() => cash.textContent()).toMatch(expected.body.currencies.length === 0 ? /No payments received yet this month/ : /from \d+ payment/);
    for (const c of expected.body.currencies) expect((await cash.textContent())?.replace(/\D/g, '')).toContain(c.amount.replace(/\D/g, ''));
    await expect.poll(() => page.getByTestId('kept-rate').textContent()).toMatch(/kept, \d+ broken|No promise was due/);
    await settled();
    await shot('01-dashboard');
  });

  it('edits a policy with a live preview and the message of a level, then saves it', async () => {
    await nav('Dunning').click();
    await page.getByRole('heading', { name: 'Dunning policies' }).waitFor();
    const preview = page.getByTestId('policy-preview');
    await preview.waitFor();
    const asOf = today();
    const count = async (days: number) => {
      const levels = (await api<{ policies: { isDefault: boolean; levels: { trigger: { days: number } }[] }[] }>('GET', '/api/dunning/policies')).body.policies.find((p) => p.isDefault)!.levels;
      levels[0]!.trigger.days = days;
      const r = await api<{ actions: unknown[] }>('POST', '/api/dunning/runs', { asOf, dryRun: true, policy: { name: 'default', isDefault: true, levels } });
      return r.body.actions.length;
    };
    const atOne = await count(1);
    await expect.poll(() => preview.textContent()).toContain(`${atOne} action`);
    // Moving the first level to 15 days past due leaves fewer customers to remind: the preview follows.
    const atFar = await count(15);
    expect(atFar).toBeLessThan(atOne);
    await page.getByLabel('Level 1 trigger days').fill('15');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^${atFar} action`));
    await shot('02-policy-editor-preview');
    // An impossible ladder: the server's reasons show instead of the preview.
    expectedFailures.push(/\/api\/dunning\/runs$/);
    await page.getByLabel('Level 2 trigger days').fill('10');
    await page.getByRole('alert').filter({ hasText: /level/ }).first().waitFor();
    await page.getByLabel('Level 2 trigger days').fill('30');
    await page.getByLabel('Level 1 trigger days').fill('1');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^${atOne} action`));

    await page.getByRole('button', { name: 'Preview message' }).first().click();
    const message = page.getByTestId('message-preview');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/Subject:/);
    await page.getByLabel('Language').selectOption('en');
    await expect.poll(() => message.getAttribute('lang')).toBe('en');
    await shot('03-policy-message-preview');

    await page.locator('#level-1-grace').fill('2');
    await page.getByRole('button', { name: /^Save “default”/ }).click();
    await page.getByText('Saved “default”.').waitFor();
    const stored = (await api<{ policies: { name: string; builtIn: boolean; isDefault: boolean; levels: { graceDays: number }[] }[] }>('GET', '/api/dunning/policies')).body.policies;
    expect(stored.find((p) => !p.builtIn && p.name === 'default')).toMatchObject({ isDefault: true });
    expect(stored.find((p) => !p.builtIn && p.name === 'default')?.levels[0]?.graceDays).toBe(2);
  });

  it('plans today\'s run, approves some actions and holds the rest, and opens a letter as PDF', async () => {
    await page.getByRole('link', { name: 'Run preview and approval →' }).click();
    await page.getByRole('heading', { name: 'Dunning run' }).waitFor();
    await page.getByRole('button', { name: 'Dry run: show what it would do' }).click();
    await page.getByTestId('dry-run').or(page.getByText(/would send nothing/)).first().waitFor();
    await page.getByRole('button', { name: /^Plan the run for/ }).click();
    const rows = page.locator('table.run tbody tr');
    await rows.first().waitFor();
    const planned = (await api<{ actions: { id: string; customerName: string; channels: string[]; status: string }[] }>('GET', `/api/dunning/runs/${today()}/actions`)).body.actions;
    expect(planned.length).toBeGreaterThan(3);
    expect(planned.every((a) => a.status === 'planned')).toBe(true);
    await shot('04-run-planned');
    // Approve three that go out as e-mail or letter; hold the rest.
    const chosen = planned.filter((a) => a.channels.includes('email') || a.channels.includes('letter')).slice(0, 3);
    for (const a of chosen) await page.getByLabel(`Select ${a.customerName}`, { exact: true }).first().check();
    await page.getByRole('button', { name: 'Approve selected, hold the rest' }).click();
    await expect.poll(async () => (await api<{ actions: { status: string }[] }>('GET', `/api/dunning/runs/${today()}/actions`)).body.actions.filter((a) => a.status === 'approved').length).toBe(3);
    const decided = (await api<{ actions: { status: string; letterId: string | null }[] }>('GET', `/api/dunning/runs/${today()}/actions`)).body.actions;
    expect(decided.filter((a) => a.status === 'held').length).toBe(planned.length - 3);
    const letter = page.getByRole('link', { name: 'Letter (PDF)' }).first();
    await letter.waitFor();
    await settled();
    await shot('05-run-decided');
    const href = await letter.getAttribute('href');
    const pdf = await context.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('links each letter in the outbox to its PDF', async () => {
    await nav('Outbox').click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor();
    const link = page.getByRole('link', { name: /as PDF$/ }).first();
    await link.waitFor();
    const pdf = await context.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await shot('06-outbox-letters');
  });

  it('resolves a dispute from the board and shows it in the root causes', async () => {
    const open = await page.evaluate(async (to) => {
      const s = await (await fetch('/api/customers?limit=50')).json() as { customers: { customerRef: string }[] };
      for (const c of s.customers) {
        const st = await (await fetch(`/api/customers/${c.customerRef}/statement?from=2000-01-01&to=${to}&type=open-item&format=json`)).json() as { items: { number: string; open: string }[] };
        const item = st.items.find((i) => !i.open.startsWith('-'));
        if (item) return { customerRef: c.customerRef, number: item.number };
      }
      return undefined;
    }, today());
    expect(open).toBeDefined();
    const made = await api<{ id: string }>('POST', '/api/disputes', { customerRef: open!.customerRef, reason: 'damaged-goods', invoices: [{ invoiceNumber: open!.number }], note: 'pallet arrived broken' });
    expect(made.status).toBe(201);
    await nav('Disputes').click();
    await page.getByRole('heading', { name: 'Disputes', exact: true }).waitFor();
    const row = page.getByTestId(`dispute-${made.body.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('logistics');
    await page.getByRole('heading', { name: 'Root causes' }).waitFor();
    await page.getByRole('table', { name: /Disputes by reason/ }).getByRole('rowheader', { name: 'damaged-goods' }).first().waitFor();
    await page.getByRole('img', { name: /Disputes by reason/ }).waitFor();
    await shot('07-disputes');
    await row.getByLabel(/^Outcome for dispute/).selectOption('credit-note');
    await row.getByLabel(/^Resolution note/).fill('credited in full');
    await row.getByRole('button', { name: 'Resolve' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Credited' }).click();
    const credited = page.getByTestId(`dispute-${made.body.id}`);
    await credited.waitFor();
    expect(await credited.textContent()).toMatch(/credit note/);
    await shot('08-disputes-credited');
  });

  it('rejects a CSV with a bad row, lists the error with line, field and reason, and imports nothing', async () => {
    await nav('Imports').click();
    await page.getByRole('heading', { name: 'Imports' }).waitFor();
    await page.getByLabel('What').selectOption('customers');
    const csv = 'customer_ref,name,country,language,currency\nIMP1,Import Good AS,NO,nb,NOK\nIMP2,Import Bad AS,NO,nb,XX\n';
    expectedFailures.push(/\/api\/imports\//);
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'customers-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.getByTestId('import-summary');
    await summary.getByText('Rejected: nothing was imported.').waitFor();
    const errorRow = summary.locator('tbody tr').first();
    expect(await errorRow.locator('td').allTextContents()).toEqual(['3', 'currency', expect.stringMatching(/.+/)]);
    expectedFailures.push(/\/api\/customers\/IMP1$/);
    expect((await api('GET', '/api/customers/IMP1')).status).toBe(404);
    await shot('09-import-rejected');
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'customers-good.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace(',XX', ',NOK')) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await summary.getByText(/Imported\. 2 new/).waitFor();
    expect((await api('GET', '/api/customers/IMP1')).status).toBe(200);
    await shot('10-import-done');
  });

  it('adds a user, changes their role, removes them, and creates and revokes an API key', async () => {
    await nav('Settings').click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const users = page.getByRole('table', { name: 'Users of this tenant' });
    await users.getByText('demo@arrears.example').waitFor();
    const add = page.getByRole('form', { name: 'Add a user' });
    await add.getByRole('textbox', { name: 'E-mail' }).fill('nora@arrears.example');
    await add.getByRole('textbox', { name: 'Name' }).fill('Nora Collector');
    await add.getByLabel('Password').fill('a long first password');
    await add.getByRole('combobox', { name: 'Role' }).selectOption('collector');
    await page.getByRole('button', { name: 'Add user' }).click();
    await users.getByText('nora@arrears.example').waitFor();
    await page.getByLabel('Role of nora@arrears.example').selectOption('viewer');
    await expect.poll(async () => (await api<{ users: { email: string; role: string }[] }>('GET', '/api/settings/users')).body.users.find((u) => u.email === 'nora@arrears.example')?.role).toBe('viewer');
    await shot('11-settings-users');
    await page.getByRole('button', { name: 'Remove nora@arrears.example' }).click();
    await users.getByText('nora@arrears.example').waitFor({ state: 'detached' });

    await page.getByLabel('New key\'s name').fill('browser test key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByTestId('new-api-key');
    await secret.waitFor();
    const key = await secret.locator('code').textContent();
    expect(key).toMatch(/^arr_/);
    expect((await fetch(`${server.url}/api/tenant`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    await shot('12-settings-api-key');
    await page.getByRole('button', { name: 'Revoke browser test key' }).click();
    await page.getByRole('button', { name: 'Revoke browser test key' }).waitFor({ state: 'detached' });
    expect((await fetch(`${server.url}/api/tenant`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
  });

  it('keeps the navigation and a table usable at 380 px wide', async () => {
    const narrow = await browser.newContext({ viewport: { width: 380, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    const p = await narrow.newPage();
    watch(p);
    await signIn(p);
    // The page's width, and what sticks out past the window when it is too wide (to say which element to fix).
    const wide = async () => {
      const [width, culprits] = await p.evaluate(() => [document.documentElement.scrollWidth,
        Array.from(document.querySelectorAll('main *, header *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, table.data, nav'))
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)] as const);
      expect(culprits, 'elements wider than the window').toEqual([]);
      return width;
    };
    expect(await wide()).toBeLessThanOrEqual(380);
    await shot('13-narrow-dashboard', p);
    // Every page's link is reachable in the one-row navigation, which scrolls sideways by itself.
    await nav('Disputes', p).click();
    await p.getByRole('heading', { name: 'Disputes', exact: true }).waitFor();
    await nav('Customers', p).click();
    await p.getByRole('heading', { name: 'Customers' }).waitFor();
    const table = p.locator('table.data');
    await table.locator('tbody tr').first().waitFor();
    expect(await wide()).toBeLessThanOrEqual(380);
    // The table scrolls inside its own box; its last column can be brought into view and its links still work.
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    await table.locator('tbody tr td').last().scrollIntoViewIfNeeded();
    await shot('14-narrow-customers', p);
    const first = table.locator('tbody tr td a').first();
    const ref = await first.textContent();
    await first.click();
    await p.getByRole('heading', { name: 'Open items' }).waitFor();
    await p.locator('dd', { hasText: ref ?? '' }).first().waitFor();
    await nav('Dunning', p).click();
    await p.getByTestId('policy-preview').waitFor();
    expect(await wide()).toBeLessThanOrEqual(380);
    await shot('15-narrow-dunning', p);
    await narrow.close();
  });

  it('logged no console errors on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});

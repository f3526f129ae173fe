// Issue #7's second round in a real browser (playwright-core driving Debian's chromium) against the real server
// and database, signed in as the demo user: the worklist in score order with the score's parts and paging, a
// customer opened from it, a call with a promise and a note on the timeline at once, the risk and credit cards and
// predicted payment dates, the dashboard's cash forecast, backtest, risk grades and KPI trend, placing an account
// with an agency and recording a recovery with its commission, a write-off asked for and approved by another
// manager, the credit page (grades, reviews, an application decided), the discount calculator, settings
// (exchange rates, calling hours, letterheads), and the worklist and customer page at 380 px. Any console error
// fails the test; every page is saved as a screenshot in test-artifacts/ (prefix w-).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, freePort, startServer } from './server.js';
import { ARTIFACTS, launchChromium, watchConsole } from './browser.js';

const DEMO = 'demo@arrears.example';

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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-browser-credit-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ARREARS_DATA: dataDir, ARREARS_SCHEDULER: 'off' };
  delete env.DATABASE_URL;
  server = await startServer(env, await freePort());
  password = fs.readFileSync(path.join(dataDir, 'demo-password.txt'), 'utf8').trim();
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

const shot = (name: string, p = page) => p.screenshot({ path: path.join(ARTIFACTS, `w-${name}.png`), fullPage: true });
const nav = (name: string, p = page) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const settled = (p = page) => p.waitForFunction(() => !Array.from(document.querySelectorAll('[role=status]')).some((e) => e.textContent?.startsWith('Loading')), undefined, { timeout: 60_000 });

/** Calls the API from the page with its session cookie and CSRF token. */
async function api<T>(method: string, url: string, body?: unknown, p = page): Promise<{ status: number; body: T }> {
  return p.evaluate(async ([m, u, b]) => {
    const session = await (await fetch('/api/session')).json() as { csrfToken: string };
    const res = await fetch(u as string, { method: m as string, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) };
  }, [method, url, body] as const) as Promise<{ status: number; body: T }>;
}

async function signIn(p: Page, email = DEMO, secret = password): Promise<void> {
  await p.goto(server.url);
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill(secret);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
const inDays = (n: number) => new Date(Date.parse(`${today()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');

/** Polls `read` until it answers something, and answers that. */
async function until<T>(read: () => Promise<T | undefined>): Promise<T> {
  let value: T | undefined;
  await expect.poll(async () => (value = await read()) !== undefined, { timeout: 30_000 }).toBe(true);
  return value as T;
}

type Row = { rank: number; customerRef: string; customerName: string; score: number; currency: string; parts: { age: { how: string }; risk: { how: string } } };
/** The customer the worklist puts first for the demo user: the one the call and risk tests work on. */
let customerRef = '';
/** A Norwegian customer on the worklist, for the placement (its small-claims pack needs the debtor country's rule pack). */
let placeRef = '';

describe('the worklist, customer, credit and forecast pages in chromium', () => {
  it('lists my accounts in score order, shows a score\'s parts, pages, and opens a customer', async () => {
    await signIn(page);
    // Segment rules assign collectors by name: the demo user takes the customers whose refs start with C100.
    expect((await api('PUT', '/api/segments/demo-collector', { rule: { refPrefixes: ['C100'] }, collector: DEMO })).status).toBe(200);
    const mine = (await api<{ total: number; rows: Row[] }>('GET', `/api/worklist?collector=${encodeURIComponent(DEMO)}&limit=50`)).body;
    expect(mine.total).toBeGreaterThan(25);
    expect(mine.rows.every((r) => r.customerRef.startsWith('C100'))).toBe(true);
    const scores = mine.rows.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    await nav('Worklist').click();
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    // An admin starts on everyone's accounts; "Me" is the demo user's e-mail, as the segment names them.
    await page.getByLabel('Whose accounts').selectOption('me');
    const rows = page.locator('tr.account');
    await page.getByTestId(`worklist-${mine.rows[0]!.customerRef}`).waitFor();
    expect(await rows.count()).toBe(25);
    const shownRefs = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')?.replace('worklist-', '')));
    expect(shownRefs).toEqual(mine.rows.slice(0, 25).map((r) => r.customerRef));
    const first = mine.rows[0]!;
    customerRef = first.customerRef;
    placeRef = (mine.rows.find((r) => r.currency === 'NOK') ?? first).customerRef;
    await page.getByRole('button', { name: new RegExp(`^Why is ${first.customerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} scored`) }).click();
    const parts = page.getByTestId(`parts-${first.customerRef}`);
    await parts.waitFor();
    expect(await parts.textContent()).toContain(first.parts.age.how);
    expect(await parts.textContent()).toContain(first.parts.risk.how);
    await settled();
    await shot('01-worklist-mine-parts');
    // Keyboard: the arrow moves to the next account.
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`worklist-${mine.rows[1]!.customerRef}`);
    // The next page holds the 26th account.
    await page.getByRole('navigation', { name: 'Worklist pages' }).getByRole('button', { name: 'Next →' }).click();
    await page.getByTestId(`worklist-${mine.rows[25]!.customerRef}`).waitFor();
    await page.getByRole('navigation', { name: 'Worklist pages' }).getByRole('button', { name: '← Previous' }).click();
    await page.getByTestId(`worklist-${first.customerRef}`).getByRole('link', { name: first.customerName, exact: true }).click();
    await page.getByRole('heading', { name: 'Open items' }).waitFor();
    await page.locator('dd', { hasText: first.customerRef }).first().waitFor();
  });

  it('logs a call with a promise and a note, and sees both on the timeline at once', async () => {
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    await settled();
    const statement = (await api<{ currency: string; items: { number: string; open: string; daysPastDue: number }[] }>('GET',
      `/api/customers/${customerRef}/statement?from=2000-01-01&to=${today()}&type=open-item&format=json`)).body;
    const invoice = statement.items.find((i) => i.daysPastDue > 0 && !i.open.startsWith('-'))!;
    const form = page.getByRole('form', { name: `Log a call with ${customerRef}` });
    await form.getByLabel('Outcome').selectOption('promise');
    await form.getByLabel('Promised amount').fill('100.00');
    await form.getByLabel('Pay by').fill(inDays(7));
    await form.getByRole('checkbox', { name: new RegExp(`^${invoice.number}`) }).check();
    await form.getByLabel('Next action on').fill(inDays(8));
    await form.getByLabel('Note').fill('Spoke to accounts payable: will pay on Friday');
    await form.getByRole('button', { name: 'Log call' }).click();
    await form.getByText(/^Logged: Promise to pay/).waitFor();
    await timeline.getByText(/^Call.*: promise$/).first().waitFor();
    await timeline.getByText(/^Promise to pay 100\.00/).waitFor();
    await timeline.getByText('Spoke to accounts payable: will pay on Friday').first().waitFor();
    const promises = (await api<{ promises: { customerRef: string; amount: string; status: string }[] }>('GET', `/api/promises?customerRef=${customerRef}`)).body;
    expect(promises.promises?.some((p) => p.amount === '100.00')).toBe(true);

    await timeline.getByLabel('Note', { exact: true }).fill('Sent the statement again by e-mail.');
    await timeline.getByRole('button', { name: 'Add note' }).click();
    await timeline.getByText('Note: Sent the statement again by e-mail.').waitFor();
    await timeline.getByLabel('Timeline kinds').selectOption('note');
    await expect.poll(async () => (await timeline.locator('li.entry').allTextContents()).every((t) => t.startsWith('note'))).toBe(true);
    await timeline.getByLabel('Timeline kinds').selectOption('');
    await settled();
    await shot('02-customer-call-on-timeline');
  });

  it('shows the risk card, the credit position and each open invoice\'s predicted payment date', async () => {
    const risk = (await api<{ grade: string; score: number; recommendedLimit: string | null; parts: Record<string, { words: string }> }>('GET', `/api/customers/${customerRef}/risk`)).body;
    const card = page.getByTestId('risk-card');
    await expect.poll(() => card.locator('.grade').textContent()).toBe(risk.grade);
    expect(await card.textContent()).toContain(`${risk.score} of 100`);
    await card.getByText('What the score is made of').click();
    await card.getByText(Object.values(risk.parts)[0]!.words).waitFor();
    const credit = (await api<{ newCreditAllowed: boolean }>('GET', `/api/customers/${customerRef}/credit`)).body;
    await page.getByTestId('credit-card').getByText(credit.newCreditAllowed ? 'New credit sales allowed' : 'On hold: no new credit sales').waitFor();
    const predictions = (await api<{ invoices: { number: string; predictedDate: string }[] }>('GET', `/api/customers/${customerRef}/predictions`)).body.invoices;
    expect(predictions.length).toBeGreaterThan(0);
    const p = predictions[0]!;
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${p.predictedDate}T00:00:00Z`));
    const row = page.getByRole('table', { name: /Open items/ }).getByRole('row').filter({ hasText: p.number });
    await expect.poll(() => row.textContent()).toContain(expected);
    await shot('03-customer-risk-predictions');
  });

  it('shows the cash forecast with its band, the backtest, the risk grades and DSO/CEI over six months on the dashboard', async () => {
    await nav('Dashboard').click();
    const forecast = page.getByTestId('cash-forecast');
    await forecast.getByRole('img', { name: /Expected collections in \w{3} per week, with the 80 % band/ }).waitFor({ timeout: 60_000 });
    expect(await forecast.getByRole('table', { name: /Cash forecast in/ }).locator('tbody tr').count()).toBe(13);
    const backtest = (await api<{ backtest: { maeDays: number | null; baselineMaeDays: number | null; n: number } }>('GET', `/api/predictions?asOf=${today()}`)).body.backtest;
    const line = page.getByTestId('backtest');
    await line.waitFor({ timeout: 60_000 });
    if (backtest.n > 0 && backtest.maeDays !== null) {
      expect(await line.textContent()).toContain(`off by ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(backtest.maeDays)} days`);
      expect(await line.textContent()).toContain(`on ${backtest.n} invoices`);
    }
    await page.getByTestId('risk-distribution').getByRole('img', { name: /Customers by risk grade/ }).waitFor({ timeout: 60_000 });
    await page.getByTestId('kpi-trend').getByRole('img', { name: /^DSO in/ }).waitFor({ timeout: 60_000 });
    await page.getByTestId('kpi-trend').getByRole('img', { name: /^CEI in/ }).waitFor();
    await settled();
    await shot('04-dashboard-forecast-risk-kpi');
  });

  it('adds an agency, places the account by hand, records a recovery with its commission, and exports its files', async () => {
    await nav('Placements').click();
    await page.getByRole('heading', { name: 'Placements' }).waitFor();
    await page.getByRole('button', { name: 'Add an agency…' }).click();
    const agencyForm = page.getByRole('form', { name: 'New agency' });
    await agencyForm.getByLabel('Name').fill('Nordic Inkasso AS');
    await agencyForm.getByLabel('Commission (%)').fill('20');
    await agencyForm.getByLabel('Legal (%)').fill('30');
    await agencyForm.getByLabel('Default agency').check();
    await agencyForm.getByRole('button', { name: 'Add agency' }).click();
    await page.getByRole('table', { name: /^Agencies/ }).getByText('Nordic Inkasso AS').waitFor();

    await page.getByRole('button', { name: 'Place an account…' }).click();
    const place = page.getByRole('form', { name: 'Place an account' });
    await place.getByLabel('Customer ref').fill(placeRef);
    await place.getByLabel(/^Agency/).selectOption({ label: 'Nordic Inkasso AS (20 %)' });
    await place.getByRole('button', { name: 'Place' }).click();
    const placed = await until(async () => (await api<{ placements: { id: string; currency: string }[] }>('GET', `/api/placements?customerRef=${placeRef}`)).body.placements[0]);
    const row = page.getByTestId(`placement-${placed.id}`);
    await row.waitFor();
    await row.getByLabel(`Amount recovered on placement ${placed.id}`).fill('100.00');
    await row.getByRole('button', { name: 'Record recovery' }).click();
    const result = row.getByRole('status');
    await result.getByText(/^Recovered/).waitFor();
    // 20 % of 100.00 is the agency's; 80.00 is posted for the creditor.
    expect(digits(await result.textContent())).toContain('2000');
    expect(digits(await result.textContent())).toContain('8000');
    const after = (await api<{ totals: { recovered: string; commission: string } }>('GET', `/api/placements/${placed.id}`)).body.totals;
    expect(after).toMatchObject({ recovered: '100.00', commission: '20.00' });
    await settled();
    await shot('05-placements-recovery');
    for (const [name, type] of [['Export CSV', 'text/csv'], ['Case file PDF', 'application/pdf']] as const) {
      const href = await row.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
      const res = await context.request.get(`${server.url}${href}`);
      expect(res.status(), name).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      if (type === 'application/pdf') expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // The small-claims pack prices statutory interest: when the built-in rule pack lacks this half-year's rate the
    // server refuses with the reason, and the page shows it instead of saving the error as a PDF.
    const claims = row.getByRole('link', { name: /^Small-claims PDF/ });
    const res = await context.request.get(`${server.url}${await claims.getAttribute('href')}`);
    if (res.status() === 200) {
      expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(res.status()).toBe(400);
      const reason = ((await res.json()) as { reason: string }).reason;
      expectedFailures.push(/\/small-claims\.pdf$/);
      await claims.click();
      await row.getByRole('alert').filter({ hasText: reason }).waitFor();
    }
    // The customer page lists the placement with the same files; a click downloads one.
    await row.getByRole('link', { name: /./ }).first().click();
    const caseFile = page.getByTestId('customer-placements').getByRole('link', { name: /^Case file PDF/ });
    await caseFile.waitFor();
    const download = page.waitForEvent('download');
    await caseFile.click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('asks for a write-off on the customer page, which another manager approves in the queue', async () => {
    const statement = (await api<{ items: { number: string; open: string }[] }>('GET', `/api/customers/${placeRef}/statement?from=2000-01-01&to=${today()}&type=open-item&format=json`)).body;
    const invoice = statement.items.find((i) => !i.open.startsWith('-') && i.open !== '0.00')!;
    await page.getByText('Request a write-off…').click();
    const form = page.getByRole('form', { name: 'Request a write-off' });
    await form.getByLabel('Invoice').selectOption(invoice.number);
    await form.getByLabel(/^Amount/).fill('1.00');
    await form.getByLabel('Reason').fill('Rounding difference the customer will not pay');
    await form.getByRole('button', { name: 'Ask a manager to approve' }).click();
    await page.getByText(/^Requested: .* pending a manager's approval/).waitFor();
    const request = (await api<{ requests: { id: string; invoiceNumber: string }[] }>('GET', '/api/write-off-requests?status=pending')).body.requests.find((r) => r.invoiceNumber === invoice.number)!;
    expect(request).toBeDefined();
    await nav('Placements').click();
    const mine = page.getByTestId(`write-off-${request.id}`);
    await mine.getByText('your own request: another manager decides').waitFor();

    // A second manager approves it.
    expect((await api('POST', '/api/settings/users', { email: 'mona@arrears.example', name: 'Mona Manager', password: 'a long first password', role: 'manager' })).status).toBe(201);
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    const p = await other.newPage();
    watch(p);
    await signIn(p, 'mona@arrears.example', 'a long first password');
    await nav('Placements', p).click();
    const theirs = p.getByTestId(`write-off-${request.id}`);
    await theirs.getByLabel(`Reason for write-off request ${request.id}`).fill('Agreed: below the cost of collecting');
    await theirs.getByRole('button', { name: 'Approve' }).click();
    await theirs.waitFor({ state: 'detached' });
    await shot('06-write-off-approved', p);
    await other.close();
    expect((await api<{ status: string; decidedBy: string }>('GET', `/api/write-off-requests/${request.id}`)).body).toMatchObject({ status: 'approved', decidedBy: 'user:mona@arrears.example' });
  });

  it('filters risk grades, lists reviews due, and decides a credit application with a reason', async () => {
    await nav('Credit').click();
    await page.getByRole('heading', { name: 'Credit', exact: true }).waitFor();
    const grades = page.getByTestId('risk-grades');
    await grades.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await grades.getByLabel('Filter by grade').selectOption('E');
    const shown = await grades.locator('tbody tr .grade').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['E']));
    await grades.getByLabel('Sort by score').selectOption('desc');
    const scores = (await grades.locator('tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await page.getByTestId('credit-reviews').locator('h2').getByText(/Credit reviews due/).waitFor();

    const apps = page.getByTestId('credit-applications');
    await apps.getByRole('button', { name: 'New application…' }).click();
    const form = page.getByRole('form', { name: 'New credit application' });
    await form.getByLabel('Customer ref').fill('NEW-042');
    await form.getByLabel('Name (new customer)').fill('Fjordbakst AS');
    await form.getByLabel('Currency').fill('NOK');
    await form.getByLabel('Requested limit').fill('50000.00');
    await form.getByRole('button', { name: 'Submit application' }).click();
    const app = await until(async () => (await api<{ applications: { id: string; customerRef: string }[] }>('GET', '/api/credit-applications?status=pending')).body.applications.find((a) => a.customerRef === 'NEW-042'));
    const row = apps.getByTestId(`application-${app.id}`);
    await row.getByLabel('Limit to approve for Fjordbakst AS').fill('30000.00');
    await row.getByLabel('Reason for the decision on Fjordbakst AS').fill('New customer: a lower limit until six months of history');
    await row.getByRole('button', { name: 'Approve' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await api<{ status: string; approvedLimit: string; reason: string }>('GET', `/api/credit-applications/${app.id}`)).body)
      .toMatchObject({ status: 'approved', approvedLimit: '30000.00', reason: 'New customer: a lower limit until six months of history' });
    await settled();
    await shot('07-credit');
  });

  it('works out an early-payment discount with the arithmetic shown', async () => {
    await page.getByRole('link', { name: 'Early-payment discount calculator →' }).click();
    const cost = page.getByTestId('discount-cost');
    await cost.waitFor({ timeout: 60_000 });
    expect(await cost.textContent()).toContain('37.24 %');
    expect(await cost.textContent()).toContain('365 ÷ (30 − 10)');
    await page.getByRole('textbox', { name: 'Terms' }).fill('1/10 net 30');
    await page.getByLabel('Cost of capital (% a year)').fill('12');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect.poll(() => cost.textContent(), { timeout: 60_000 }).toContain('18.43 %');
    await page.getByTestId('discount-segments').getByText('The arithmetic').first().waitFor();
    await settled();
    await shot('08-discount');
  });

  it('sets an exchange rate, peak calling hours and a default letterhead in settings', async () => {
    await nav('Settings').click();
    const rates = page.getByTestId('exchange-rates');
    await rates.getByLabel('Rate of EUR in NOK').fill('11.6525');
    await rates.getByLabel('Reason').fill('Norges Bank');
    await rates.getByRole('button', { name: /^Save 1 rate$/ }).click();
    await rates.getByText('Saved: the worklist scores by the new rates.').waitFor();
    expect((await api<{ rates: { currency: string; rate: string }[] }>('GET', '/api/exchange-rates')).body.rates).toEqual([expect.objectContaining({ currency: 'EUR', rate: '11.6525' })]);

    const calls = page.getByTestId('call-settings');
    await calls.getByLabel('Peak windows').fill('10:00-12:00');
    await calls.getByRole('button', { name: 'Save calling hours' }).click();
    await calls.getByText(/^Saved: tasks scheduled/).waitFor();
    expect((await api<{ peakWindows: string[] }>('GET', '/api/call-settings')).body.peakWindows).toEqual(['10:00-12:00']);

    const letterheads = page.getByTestId('letterheads');
    await letterheads.getByRole('button', { name: 'New letterhead…' }).click();
    const form = page.getByRole('form', { name: 'New letterhead' });
    await form.getByLabel('Name').fill('law-firm');
    await form.getByLabel('Sender (1–4 lines)').fill('Advokatfirma Lov & Rett AS\non behalf of Nordlys Grossist AS');
    await form.getByLabel('Dunning templates').fill('in-collections');
    await form.getByRole('button', { name: 'Add letterhead' }).click();
    await letterheads.getByRole('button', { name: 'Make law-firm the default letterhead' }).click();
    await letterheads.getByRole('button', { name: 'Make law-firm the default letterhead' }).waitFor({ state: 'detached' });
    expect((await api<{ isDefault: boolean; senderLines: string[] }>('GET', '/api/letterheads/law-firm')).body).toMatchObject({ isDefault: true, senderLines: ['Advokatfirma Lov & Rett AS', 'on behalf of Nordlys Grossist AS'] });
    await settled();
    await shot('09-settings');
  });

  it('keeps the worklist and the customer page usable at 380 px wide', async () => {
    const narrow = await browser.newContext({ viewport: { width: 380, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    const p = await narrow.newPage();
    watch(p);
    await signIn(p);
    const wide = async () => {
      const [width, culprits] = await p.evaluate(() => [document.documentElement.scrollWidth,
        Array.from(document.querySelectorAll('main *, header *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, table.data, nav'))
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)] as const);
      expect(culprits, 'elements wider than the window').toEqual([]);
      return width;
    };
    await nav('Worklist', p).click();
    const first = p.locator('tr.account').first();
    await first.waitFor();
    expect(await wide()).toBeLessThanOrEqual(380);
    // Each account is a card: nothing to scroll sideways for.
    expect(await p.locator('table.worklist').evaluate((t) => t.scrollWidth <= t.clientWidth + 1)).toBe(true);
    await first.getByRole('button', { name: /^Log a call with/ }).click();
    await p.getByRole('form', { name: /^Log a call with/ }).getByLabel('Outcome').waitFor();
    expect(await wide()).toBeLessThanOrEqual(380);
    await shot('10-narrow-worklist', p);
    await first.getByRole('link').first().click();
    await p.getByRole('heading', { name: 'Open items' }).waitFor();
    await p.getByTestId('risk-card').locator('.grade').waitFor();
    await settled(p);
    expect(await wide()).toBeLessThanOrEqual(380);
    await shot('11-narrow-customer', p);
    await narrow.close();
  });

  it('logged no console errors on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});

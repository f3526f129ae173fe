// `npm run -s bench -- worklist [--invoices N] [--customers N] [--seconds N] [--worklist-connections N]
//   [--customer-connections N] [--payments N] [--keep] [--dir DIR] [--store DIR]`
// Issue #6: with a million invoices in the tenant (100,000 customers), 20 concurrent clients reading worklists
// (/api/worklist?collector=…&limit=50) and customer pages (/api/customers/{ref}) — p50 and p95, target p95 under
// 100 ms on the embedded engine. Also the cold computation and how long the first read after a payment takes
// (the cache is recomputed: a payment posted a moment ago is reflected at once).
// The store is built like the dunning bench's (the ledger bench's generator, setup and COPY children), then made a
// collections department's (worklist/setup-child.js); --keep --dir keeps it, --store DIR reuses a kept one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeCustomers, writeInvoices, customerRef } from './ledger/generate.js';
import { runChild } from './ledger/child.js';
import { loadTest } from './worklist/load.js';
import { COLLECTORS, SALES_REPS } from './worklist/names.js';
import { log, machine, parseArgs, round, timed } from './lib/util.js';

const DEFAULTS = { invoices: 1_000_000, customers: null, seconds: 20, worklistConnections: 10, customerConnections: 10, payments: 3, keep: false, dir: '', store: '' };
const FULL_SIZE = 1_000_000;
// Invoices are issued over the 365 days up to this day with up to 60 days' terms: the worklist is read as of it.
const AS_OF = '2026-11-23';

export async function run(args) {
  const o = parseArgs(args, DEFAULTS);
  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  const built = o.store ? reuse(o.store) : await build(o);
  const out = { benchmark: 'worklist', date: new Date().toISOString(), machine: machine(), command: `npm run -s bench -- worklist ${args.join(' ')}`.trim(), sizes: built.sizes, setup: built.setup };
  try {
    const server = await startServer(built.store);
    try {
      const get = async (p) => {
        const response = await fetch(`${server.url}${p}`, { headers: { authorization: `Bearer ${built.apiKey}` } });
        if (response.status !== 200) throw new Error(`GET ${p}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const cold = await timed(() => get(`/api/worklist?asOf=${AS_OF}&limit=50`));
      log(`cold worklist (aggregate of the whole tenant): ${cold.ms} ms, ${cold.value.total} accounts to work`);
      const warm = await timed(() => get(`/api/worklist?asOf=${AS_OF}&limit=50&collector=${COLLECTORS.nordic}`));
      out.worklist = { asOf: AS_OF, accounts: cold.value.total, leftOut: cold.value.leftOut, coldMs: cold.ms, firstWarmMs: warm.ms, top: cold.value.rows.slice(0, 3).map((r) => ({ customerRef: r.customerRef, score: r.score, parts: r.parts })) };
      out.load = await load(server.url, built.apiKey, o, built.sizes.customers);
      log(`load: p50 ${out.load.all.p50Ms} ms, p95 ${out.load.all.p95Ms} ms (worklist p95 ${out.load.worklist.p95Ms}, customer page p95 ${out.load.customerPage.p95Ms})`);
      out.afterPayment = await afterPayments(server.url, built.apiKey, o.payments, get);
      out.serverPeakRssMiB = peakRssMiB(server.pid);
    } finally {
      await server.stop();
    }
  } finally {
    if (built.work && !o.keep) fs.rmSync(built.work, { recursive: true, force: true });
    else if (built.work) log(`kept ${built.work} (reuse with --store ${built.store})`);
  }
  const p95 = out.load.all.p95Ms;
  return {
    ...out, machine: { ...out.machine, loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)) },
    targets: { load: { target: 'p95 < 100 ms, 20 concurrent clients reading worklists and customer pages (embedded engine)', value: p95, pass: p95 < 100, atTargetSize: built.sizes.invoices >= FULL_SIZE } },
    totalWallMs: Date.now() - started,
  };
}

async function build(o) {
  const customers = o.customers ?? Math.max(1, Math.floor(o.invoices / 10));
  const work = fs.mkdtempSync(path.join(o.dir || os.tmpdir(), 'arrears-bench-worklist-'));
  log(`working in ${work} (${o.invoices} invoices, ${customers} customers)`);
  const customersCsv = path.join(work, 'customers.csv');
  const invoicesCsv = path.join(work, 'invoices.csv');
  const gen = await timed(async () => { await writeCustomers(customersCsv, customers); await writeInvoices(invoicesCsv, o.invoices, customers, AS_OF); });
  const store = path.join(work, 'store');
  const setup = await runChild('./setup-child.js', [store, customersCsv, '-'], work, 'setup');
  const loaded = await runChild('./copy-child.js', [store, customersCsv, invoicesCsv], work, 'copy');
  log(`COPY of ${loaded.rows} invoices: ${loaded.ms} ms`);
  if (loaded.rows !== o.invoices) throw new Error(`expected ${o.invoices} invoices, store has ${loaded.rows}`);
  const extra = await runChild('../worklist/setup-child.js', [store, '-', '-'], work, 'worklist-setup');
  fs.rmSync(customersCsv);
  fs.rmSync(invoicesCsv);
  const sizes = { invoices: o.invoices, customers, atTargetSize: o.invoices >= FULL_SIZE };
  const setupTimes = { generateMs: gen.ms, initdbMigrateCustomersMs: setup.initMs + setup.customersMs, copyInvoicesMs: loaded.ms, worklistSetupMs: extra.ms, contactsQuery: extra.contactsQuery };
  fs.writeFileSync(path.join(work, 'worklist-bench.json'), JSON.stringify({ apiKey: extra.apiKey, sizes, setup: setupTimes }));
  return { work, store, apiKey: extra.apiKey, sizes, setup: setupTimes };
}

function reuse(store) {
  const saved = JSON.parse(fs.readFileSync(path.join(path.dirname(store), 'worklist-bench.json'), 'utf8'));
  log(`reusing ${store} (${saved.sizes.invoices} invoices)`);
  return { work: undefined, store, apiKey: saved.apiKey, sizes: saved.sizes, setup: { ...saved.setup, reused: true } };
}

async function startServer(store) {
  const child = spawn(process.execPath, [new URL('./worklist/server-child.js', import.meta.url).pathname, store], { stdio: ['ignore', 'pipe', 2] });
  let text = '';
  child.stdout.setEncoding('utf8');
  while (!/listening (\d+)/.test(text)) {
    const [chunk] = await Promise.race([once(child.stdout, 'data'), once(child, 'exit').then(() => { throw new Error('server child exited'); })]);
    text += chunk;
  }
  const port = /listening (\d+)/.exec(text)[1];
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: async () => { child.kill('SIGTERM'); await once(child, 'exit'); } };
}

/** Seeded so every run reads the same pages and customers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function load(url, apiKey, o, customers) {
  const next = random(6);
  const people = [...Object.values(COLLECTORS), ...Array.from({ length: SALES_REPS }, (_, k) => `rep-${k}`)];
  // Most reads are a collector's first page; some page further down or read everyone's list.
  const worklist = () => {
    const r = next();
    const who = r < 0.1 ? '' : `&collector=${people[Math.floor(next() * people.length)]}`;
    const offset = r > 0.8 ? 50 * Math.floor(next() * 20) : 0;
    return `/api/worklist?asOf=${AS_OF}&limit=50&offset=${offset}${who}`;
  };
  const customer = () => `/api/customers/${customerRef(Math.floor(next() * customers))}`;
  return loadTest(url, apiKey, { worklistConnections: o.worklistConnections, customerConnections: o.customerConnections, seconds: o.seconds, paths: { worklist, customer } });
}

/** A payment on the top account, then the next read: it must show the smaller amount (the cache is recomputed). */
async function afterPayments(url, apiKey, count, get) {
  const reads = [];
  for (let k = 0; k < count; k++) {
    const top = (await get(`/api/worklist?asOf=${AS_OF}&limit=1`)).rows[0];
    const csv = `payment_ref,customer_ref,date,currency,amount,invoice_numbers\nBENCH-PAY-${Date.now()}-${k},${top.customerRef},${AS_OF},${top.currency},1.00,\n`;
    const posted = await timed(async () => {
      const response = await fetch(`${url}/api/imports/payments`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'text/csv' }, body: csv });
      if (response.status !== 200) throw new Error(`payment: ${response.status} ${await response.text()}`);
    });
    const read = await timed(() => get(`/api/worklist?asOf=${AS_OF}&limit=50`));
    const after = read.value.rows.find((r) => r.customerRef === top.customerRef);
    reads.push({ customerRef: top.customerRef, before: top.overdue, after: after?.overdue ?? null, postMs: posted.ms, firstReadMs: read.ms, recomputed: read.value.cached === false });
    log(`payment on ${top.customerRef}: posted in ${posted.ms} ms, next worklist read ${read.ms} ms (overdue ${top.overdue} → ${after?.overdue})`);
  }
  return reads;
}

function peakRssMiB(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch { return null; }
}

// Child process: turns the ledger bench's store (customers imported, a million invoices copied in) into a
// collections department's: one accounts-payable contact per customer, segments with collectors, sales
// representatives, exchange rates to the base currency, risk grades for half the customers, and an API key.
// node setup-child.js DATA_DIR - - RESULT_FILE
import fs from 'node:fs';
import { createApiKey } from '../../dist/app/api-keys.js';
import { putSegment } from '../../dist/app/segments.js';
import { putExchangeRates } from '../../dist/app/worklist/exchange-rates.js';
import { childArgs, openStore } from '../ledger/setup.js';
import { log, timed } from '../lib/util.js';
import { COLLECTORS, SALES_REPS } from './names.js';

const { dataDir, resultFile } = childArgs();
const { handle, tenant } = await openStore(dataDir);
const { pglite } = handle;
const t = tenant.id;
const done = await timed(async () => {
  await pglite.exec(`insert into contacts (tenant_id, customer_id, role, name, email, phone)
    select tenant_id, id, 'accounts-payable', 'Accounts payable ' || customer_ref, email, phone from customers where tenant_id = ${t}`);
  // Every third customer has a sales representative (one of 40); the rule "large or difficult" decides when they are brought in.
  await pglite.exec(`update customers set sales_rep = 'rep-' || (id % ${SALES_REPS}) where tenant_id = ${t} and id % 3 = 0`);
  await pglite.exec(`insert into customer_risk (tenant_id, customer_id, grade, score, parts, as_of)
    select tenant_id, id, (array['A','B','C','D','E'])[1 + (id % 5)::int], 50, '{}'::jsonb, '2026-11-20' from customers where tenant_id = ${t} and id % 2 = 0`);
  const actor = 'bench';
  await putSegment(handle.db, tenant, { name: 'nordic', rule: { countries: ['NO', 'SE'] }, collector: COLLECTORS.nordic, actor });
  await putSegment(handle.db, tenant, { name: 'uk', rule: { countries: ['GB', 'IE'] }, collector: COLLECTORS.uk, actor });
  await putSegment(handle.db, tenant, { name: 'eu', rule: { currencies: ['EUR'] }, collector: COLLECTORS.eu, actor });
  await putSegment(handle.db, tenant, { name: 'rest', rule: {}, collector: COLLECTORS.rest, actor });
  await putExchangeRates(handle.db, tenant, { actor, rates: [{ currency: 'GBP', rate: '1.1642' }, { currency: 'NOK', rate: '0.0851' }, { currency: 'SEK', rate: '0.0874' }, { currency: 'PHP', rate: '0.0158' }] });
  await pglite.exec('analyze');
  return createApiKey(handle.db, tenant, 'bench');
});
// The customer page lists the customer's contacts (src/store/contacts.ts): its plan with migration 0015's index,
// and what it costs when the planner may not use it (as before that index).
const contactsSql = `select role, name, email, phone from contacts where tenant_id = ${t} and customer_id = (select max(id) from customers where tenant_id = ${t}) order by role, name`;
const plan = async () => {
  const rows = (await pglite.query(`explain (analyze, format json) ${contactsSql}`)).rows[0]['QUERY PLAN'][0];
  const nodes = [];
  const walk = (node) => { nodes.push(node['Node Type'] + (node['Index Name'] ? ` using ${node['Index Name']}` : '')); for (const child of node.Plans ?? []) walk(child); };
  walk(rows.Plan);
  return { plan: nodes.join(' > '), executionMs: rows['Execution Time'] };
};
const withIndex = await plan();
await pglite.exec('set enable_indexscan = off; set enable_bitmapscan = off');
const withoutIndex = await plan();
log(`contacts of one customer: ${withIndex.plan} ${withIndex.executionMs} ms; without the index ${withoutIndex.plan} ${withoutIndex.executionMs} ms`);
log(`worklist setup (contacts, sales reps, risk grades, segments, rates, analyze): ${done.ms} ms; INR left without a rate`);
await handle.close();
fs.writeFileSync(resultFile, JSON.stringify({ ms: done.ms, apiKey: done.value, tenantId: t, contactsQuery: { withIndex, withoutIndex }, maxRssKiB: process.resourceUsage().maxRSS }));

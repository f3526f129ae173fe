// customers CSV: customer_ref,name,country,language + optional currency,email,phone,credit_limit,payment_terms_days
// (+ debtor_type, sales_rep).
import { RowReader } from '../../formats/csv/fields.js';
import { type CustomerFields, type CustomerRow, customerHasDocuments, findCustomersByRefs, insertCustomers, updateCustomer } from '../../store/customers.js';
import { recordAudit } from '../../store/audit.js';
import { salesRepsByRef, setSalesRepsByRef } from '../../store/worklist-settings.js';
import { formatAmount } from '../../domain/money.js';
import { isCountryCode, isLanguageTag } from '../../domain/locale-codes.js';
import type { Classified, ImportKind } from './import-types.js';
import { firstDifference } from './compare.js';

// salesRep: undefined when the file has no sales_rep column (issue #6; kept apart from CustomerFields, a column of migration 0015).
type Parsed = { fields: CustomerFields; given: Set<keyof CustomerFields>; salesRep?: string | null };
type Resolved = { fields: CustomerFields; existing?: CustomerRow; changes?: Partial<CustomerFields>; salesRep?: string | null; salesRepBefore?: string | null };

const OPTIONAL = ['currency', 'email', 'phone', 'credit_limit', 'payment_terms_days', 'debtor_type'] as const;
const DEBTOR_TYPES = ['business', 'consumer', 'public'] as const;

export function customersKind(tenantCurrency: string): ImportKind<Parsed, Resolved> {
  return {
    name: 'customers',
    tables: ['customers'],
    required: ['customer_ref', 'name', 'country', 'language'],
    optional: [...OPTIONAL, 'sales_rep'],
    keyField: 'customer_ref',
    key: (p) => p.fields.customer_ref,
    parse(values) {
      const row = new RowReader(values);
      const customerRef = row.text('customer_ref', { required: true, max: 100 }) ?? '';
      const name = row.text('name', { required: true }) ?? '';
      const country = row.text('country', { required: true, max: 2 })?.toUpperCase() ?? '';
      if (country && !isCountryCode(country)) row.fail('country', `not an ISO 3166 country code: "${country}"`);
      const language = row.text('language', { required: true, max: 35 }) ?? '';
      if (language && !isLanguageTag(language)) row.fail('language', `not a language code: "${language}"`);
      const currency = row.currency('currency', tenantCurrency);
      const email = row.text('email');
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) row.fail('email', `not an e-mail address: "${email}"`);
      const phone = row.text('phone', { max: 40 });
      if (phone && !/^\+?[0-9 ()./-]{4,}$/.test(phone)) row.fail('phone', `not a phone number: "${phone}"`);
      const creditLimit = row.amount('credit_limit', currency, { allowZero: true, required: false });
      const terms = row.integer('payment_terms_days', 0, 3650);
      // Not in the column list: an optional extra the rule packs need (interest differs for consumers).
      const debtorType = (row.text('debtor_type') ?? 'business').toLowerCase();
      if (!(DEBTOR_TYPES as readonly string[]).includes(debtorType)) row.fail('debtor_type', `must be business, consumer or public, not "${debtorType}"`);
      // Issue #6: large or difficult accounts go to the customer's sales representative too (empty: none).
      const salesRep = row.has('sales_rep') ? row.text('sales_rep', { max: 200 }) : undefined;
      if (row.errors.length > 0) return { errors: row.errors };
      const given = new Set<keyof CustomerFields>(['customer_ref', 'name', 'country', 'language']);
      for (const column of OPTIONAL) if (row.has(column)) given.add(column);
      if (!row.has('currency')) given.add('currency');
      return { value: { given, salesRep, fields: {
        customer_ref: customerRef, name, country, language, currency, email, phone,
        credit_limit: creditLimit, payment_terms_days: terms, time_zone: null, debtor_type: debtorType as CustomerFields['debtor_type'],
      } } };
    },
    async classify(tx, batch, options) {
      const existing = await findCustomersByRefs(tx, options.tenantId, batch.map((r) => r.value.fields.customer_ref));
      const reps = batch.some((r) => r.value.salesRep !== undefined) ? await salesRepsByRef(tx, options.tenantId, batch.map((r) => r.value.fields.customer_ref)) : new Map<string, string | null>();
      const out: Classified<Resolved>[] = [];
      for (const { line, value } of batch) {
        const found = existing.get(value.fields.customer_ref);
        if (!found) { out.push({ line, outcome: 'insert', value: { fields: value.fields, salesRep: value.salesRep } }); continue; }
        const changes: Partial<CustomerFields> = {};
        for (const key of value.given) {
          if (key === 'customer_ref' || key === 'time_zone') continue;
          if (String(found[key] ?? '') !== String(value.fields[key] ?? '')) (changes as Record<string, unknown>)[key] = value.fields[key];
        }
        const salesRepBefore = reps.get(found.customer_ref) ?? null;
        const repChanged = value.salesRep !== undefined && value.salesRep !== salesRepBefore;
        if (Object.keys(changes).length === 0 && !repChanged) { out.push({ line, outcome: 'unchanged', value: { fields: value.fields } }); continue; }
        if (!options.update && Object.keys(changes).length === 0) {
          out.push({ line, errors: [{ field: 'sales_rep', message: `customer ${found.customer_ref} already exists with sales_rep ${salesRepBefore ?? '(none)'}; use --update to change it to ${value.salesRep ?? '(none)'}` }] });
          continue;
        }
        if (!options.update) {
          const diff = firstDifference(found, changes, (k, v) => (k === 'credit_limit' && typeof v === 'bigint' ? formatAmount(v, found.currency) : v));
          out.push({ line, errors: [{ field: diff.field, message: `customer ${found.customer_ref} already exists with ${diff.field} ${diff.was}; use --update to change it to ${diff.now}` }] });
          continue;
        }
        if (changes.currency !== undefined && await customerHasDocuments(tx, options.tenantId, found.id)) {
          out.push({ line, errors: [{ field: 'currency', message: `customer ${found.customer_ref} has documents in ${found.currency}; its currency cannot change` }] });
          continue;
        }
        out.push({ line, outcome: 'update', value: { fields: value.fields, existing: found, changes, ...(repChanged ? { salesRep: value.salesRep, salesRepBefore } : {}) } });
      }
      return out;
    },
    async write(tx, rows, options) {
      await insertCustomers(tx, options.tenantId, rows.filter((r) => r.outcome === 'insert').map((r) => r.value.fields));
      await setSalesRepsByRef(tx, options.tenantId, rows.filter((r) => (r.outcome === 'insert' || r.outcome === 'update') && r.value.salesRep !== undefined)
        .map((r) => ({ customerRef: r.value.fields.customer_ref, salesRep: r.value.salesRep ?? null })));
      for (const row of rows) {
        const { existing, changes } = row.value;
        if (row.outcome !== 'update' || !existing || !changes) continue;
        if (Object.keys(changes).length > 0) await updateCustomer(tx, options.tenantId, existing.id, changes);
        const rep = row.value.salesRep !== undefined ? { before: { sales_rep: row.value.salesRepBefore ?? null }, after: { sales_rep: row.value.salesRep } } : { before: {}, after: {} };
        await recordAudit(tx, options.tenantId, { actor: options.actor, action: 'update', entity: 'customer', entityKey: existing.customer_ref,
          reason: 'CSV import --update', details: { before: { ...pick(existing, Object.keys(changes)), ...rep.before }, after: { ...changes, ...rep.after } } });
      }
    },
  };
}

function pick(row: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));
}

// The tenant's open items and customers, indexed once per bank file (issue #5, "Accuracy and speed": 100,000 entries
// against 1,000,000 open items): hash maps by reference, invoice number, customer and payer account, and the name
// index. Matching an entry then costs a few lookups, never a scan.
import { numberKeys } from './invoice-numbers.js';
import { addName, emptyNameIndex, finishNameIndex, type NameIndex } from './name-index.js';
import { normaliseIban } from './normalise.js';
import { compactReference } from './references.js';
import type { MatchIndexInput, MatchProposal } from './types.js';

export type IndexedItem = {
  invoiceId: string;
  number: string;
  customerRef: string;
  currency: string;
  /** Lowered by `recordPosting`, so a later entry of the same file sees what is left. */
  open: bigint;
  amount: bigint;
  dueDate: string;
  customer: number;
};

export type IndexedCustomer = {
  customerRef: string;
  names: string[];
  parent?: number;
  children: number[];
  /** Open items, oldest due first. */
  items: number[];
};

/** One item, or several when two invoices share a key (which makes any match on it ambiguous). */
type Slot = number | number[];

export type MatchIndex = {
  items: IndexedItem[];
  byReference: Map<string, Slot>;
  byNumber: Map<string, Slot>;
  /** The digit-group lengths the tenant's invoice numbers are printed with ([4, 5] for "2026-00042"), most used first. */
  numberShapes: number[][];
  byInvoiceId?: Map<string, number>;
  customers: IndexedCustomer[];
  customerByRef: Map<string, number>;
  names: NameIndex;
  payerAccounts: Map<string, string[]>;
};

function put(map: Map<string, Slot>, key: string, item: number): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, item);
  else if (typeof slot === 'number') { if (slot !== item) map.set(key, [slot, item]); }
  else if (!slot.includes(item)) slot.push(item);
}

export function slotItems(slot: Slot | undefined): readonly number[] {
  if (slot === undefined) return [];
  return typeof slot === 'number' ? [slot] : slot;
}

function customerOf(index: MatchIndex, customerRef: string): number {
  const known = index.customerByRef.get(customerRef);
  if (known !== undefined) return known;
  const id = index.customers.length;
  index.customers.push({ customerRef, names: [], children: [], items: [] });
  index.customerByRef.set(customerRef, id);
  return id;
}

export function buildMatchIndex(input: MatchIndexInput): MatchIndex {
  const index: MatchIndex = {
    items: [], byReference: new Map(), byNumber: new Map(), numberShapes: [], customers: [],
    customerByRef: new Map(), names: emptyNameIndex(), payerAccounts: new Map(),
  };
  const shapes = new Map<string, { shape: number[]; count: number }>();
  for (const customer of input.customers) {
    const id = customerOf(index, customer.customerRef);
    const entry = index.customers[id];
    if (!entry) continue;
    entry.names = [customer.name, ...(customer.aliases ?? [])].filter((n) => n.trim() !== '');
    for (const name of entry.names) addName(index.names, id, name);
  }
  for (const customer of input.customers) {
    if (customer.parentRef === undefined || customer.parentRef === customer.customerRef) continue;
    const id = customerOf(index, customer.customerRef);
    const parent = customerOf(index, customer.parentRef);
    const entry = index.customers[id];
    if (entry) entry.parent = parent;
    index.customers[parent]?.children.push(id);
  }
  finishNameIndex(index.names);
  for (const open of input.openItems) addItem(index, open, shapes);
  index.numberShapes = [...shapes.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SHAPES).map((s) => s.shape);
  for (const customer of index.customers) customer.items.sort((a, b) => compareItems(index, a, b));
  for (const account of input.payerAccounts) learnPayerAccount(index, account.iban, account.customerRef);
  return index;
}

/** Enough for any numbering a tenant has used over the years; each costs one lookup per multi-group number read. */
const MAX_SHAPES = 20;

function addItem(index: MatchIndex, open: MatchIndexInput['openItems'][number], shapes: Map<string, { shape: number[]; count: number }>): void {
  const item = index.items.length;
  const customer = customerOf(index, open.customerRef);
  index.items.push({
    invoiceId: open.invoiceId, number: open.number, customerRef: open.customerRef, currency: open.currency,
    open: open.open, amount: open.amount, dueDate: open.dueDate, customer,
  });
  index.customers[customer]?.items.push(item);
  // Not checked here: an entry's reference is checked before it is looked up, and only an equal one is found.
  for (const printed of open.paymentReferences) put(index.byReference, compactReference(printed), item);
  const keys = numberKeys(open.number);
  if (!keys) return;
  put(index.byNumber, keys.joined, item);
  if (keys.shape.length < 2) return;
  const shapeKey = keys.shape.join(',');
  const known = shapes.get(shapeKey);
  if (known) known.count++;
  else shapes.set(shapeKey, { shape: keys.shape, count: 1 });
}

/** Oldest due first; the invoice number breaks ties so the order never depends on the input's. */
export function compareItems(index: MatchIndex, a: number, b: number): number {
  const x = index.items[a];
  const y = index.items[b];
  if (!x || !y) return a - b;
  if (x.dueDate !== y.dueDate) return x.dueDate < y.dueDate ? -1 : 1;
  if (x.number !== y.number) return x.number < y.number ? -1 : 1;
  return a - b;
}

/** Remembers a payer account a person confirmed (issue #5: confirmations teach the payer-account memory). */
export function learnPayerAccount(index: MatchIndex, iban: string, customerRef: string): void {
  const key = normaliseIban(iban);
  if (key === '') return;
  customerOf(index, customerRef);
  const known = index.payerAccounts.get(key);
  if (!known) index.payerAccounts.set(key, [customerRef]);
  else if (!known.includes(customerRef)) known.push(customerRef);
}

/**
 * Lowers the open amounts by a posted proposal's allocations, so later entries of the same file do not pay the
 * same invoice again. The caller decides what is posted; the engine never calls this itself.
 */
export function recordPosting(index: MatchIndex, proposal: Pick<MatchProposal, 'allocations'>): void {
  if (!index.byInvoiceId) {
    index.byInvoiceId = new Map();
    index.items.forEach((item, i) => index.byInvoiceId?.set(item.invoiceId, i));
  }
  for (const allocation of proposal.allocations) {
    const item = index.items[index.byInvoiceId.get(allocation.invoiceId) ?? -1];
    if (item) item.open -= allocation.amount;
  }
}

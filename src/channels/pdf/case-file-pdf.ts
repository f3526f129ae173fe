// The agency's case file (issue #6: "debtor, contacts, invoices, every contact made — outbox letters/e-mails/SMS,
// call_tasks with outcomes —, promises, disputes, payment plans"), in English: it is read by the agency's staff, not
// the debtor (src/domain/placements/README.md). Amounts are the API's decimal strings, as in the CSV beside it.
import { openA4Document } from './a4-document.js';
import { type Flow, columns, entry, facts, footers, paragraph, section, table, titleBlock } from './case-file-page.js';

type Money = string;

export type CaseFilePdfInput = {
  tenant: { name: string; email: string | null; phone: string | null; address: string | null };
  generatedOn: string;
  placement: {
    id: string; number: number; kind: string; agency: string | null; commissionRate: string | null; placedOn: string; amount: Money; currency: string;
    status: string; recovered: Money; commission: Money;
  };
  debtor: { name: string; customerRef: string; country: string | null; language: string | null; email: string | null; phone: string | null; debtorType: string };
  contacts: { role: string; name: string; email: string | null; phone: string | null }[];
  invoices: { number: string; issueDate: string; dueDate: string; amount: Money; openAtPlacement: Money; open: Money; daysPastDue: number; description: string | null; poNumber: string | null }[];
  contactsMade: { at: string; channel: string; level: number | null; recipient: string | null; subject: string | null; status: string; outcome: string | null; note: string | null }[];
  promises: { madeOn: string; amount: Money; promisedDate: string; status: string; invoiceNumbers: string[]; collector: string | null }[];
  disputes: { openedOn: string; reason: string; amount: Money; status: string; department: string | null; invoices: { invoiceNumber: string }[]; note: string | null }[];
  plans: { madeOn: string; total: Money; frequency: string; status: string; invoiceNumbers: string[] }[];
  recoveries: { date: string; gross: Money; commission: Money; net: Money; paymentRef: string }[];
};

const ORDINAL = ['first', 'second', 'third'];

export async function renderCaseFilePdf(input: CaseFilePdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const p = input.placement;
  const { doc, done } = openA4Document({
    margin: 40, compress: options.compress ?? true, lang: 'en-GB',
    info: { Title: `Case file – ${input.debtor.name}`, Author: input.tenant.name, Subject: `placement ${p.id}` },
  });
  const flow: Flow = { doc, y: 0, runningHead: `${input.tenant.name} · case file · ${input.debtor.name} (${input.debtor.customerRef}) · placement ${p.id}` };
  const sender = [input.tenant.address, input.tenant.email ? `Email: ${input.tenant.email}` : null, input.tenant.phone ? `Phone: ${input.tenant.phone}` : null];
  titleBlock(flow, { name: input.tenant.name, lines: sender.filter((l): l is string => l !== null) }, 'Collection case file', [
    ['Placement', `${p.id} (${ORDINAL[p.number - 1] ?? `${p.number}th`} placement)`], ['Placed on', p.placedOn], ['Prepared on', input.generatedOn],
  ]);

  section(flow, 'Placement');
  facts(flow, [
    ['Placed with', p.kind === 'in-house' ? 'in-house collection team' : `${p.kind}${p.agency ? `: ${p.agency}` : ''}`],
    ['Commission rate', p.commissionRate === null ? '' : `${p.commissionRate} %`], ['Amount placed', `${p.currency} ${p.amount}`],
    ['Recovered so far', `${p.currency} ${p.recovered} (commission ${p.commission})`], ['Status', p.status],
  ]);

  const d = input.debtor;
  section(flow, 'Debtor');
  facts(flow, [['Name', d.name], ['Customer no.', d.customerRef], ['Type', d.debtorType], ['Country', d.country ?? ''], ['Language', d.language ?? ''], ['Email', d.email ?? ''], ['Phone', d.phone ?? '']]);

  section(flow, 'Contacts');
  table(flow, columns([['Role', 2, 'left'], ['Name', 3, 'left'], ['Email', 4, 'left'], ['Phone', 3, 'left']]),
    input.contacts.map((c) => ({ cells: [c.role, c.name, c.email ?? '', c.phone ?? ''] })), 'No contacts on file.');

  section(flow, 'Invoices placed');
  table(flow, columns([['Invoice', 3, 'left'], ['Issued', 2.2, 'left'], ['Due', 2.2, 'left'], ['Amount', 2.5, 'right'], ['Open at placement', 2.5, 'right'], ['Open now', 2.5, 'right'], ['Days past due', 1.6, 'right']]),
    input.invoices.map((i) => ({ cells: [i.number, i.issueDate, i.dueDate, i.amount, i.openAtPlacement, i.open, String(i.daysPastDue)] })), 'No invoices.');

  section(flow, 'Contacts made (letters, e-mails, text messages, calls)');
  if (input.contactsMade.length === 0) paragraph(flow, 'No contact recorded.', { weight: 'regular', size: 9, color: '#5b6675' });
  for (const c of input.contactsMade) {
    const head = [c.at, c.level === null ? c.channel : `${c.channel}, level ${c.level}`, c.recipient].filter(Boolean).join(' · ');
    entry(flow, head, `${c.subject ?? ''} — ${[c.outcome ?? c.status, c.note].filter(Boolean).join(': ')}`);
  }

  section(flow, 'Promises to pay');
  table(flow, columns([['Made', 2, 'left'], ['Amount', 2, 'right'], ['Promised for', 2, 'left'], ['Status', 1.6, 'left'], ['Invoices', 4, 'left'], ['Collector', 2.4, 'left']]),
    input.promises.map((x) => ({ cells: [x.madeOn, x.amount, x.promisedDate, x.status, x.invoiceNumbers.join(', '), x.collector ?? ''] })), 'No promises.');

  section(flow, 'Disputes');
  table(flow, columns([['Opened', 2, 'left'], ['Reason', 2.4, 'left'], ['Amount', 2, 'right'], ['Status', 2, 'left'], ['Invoices', 3, 'left'], ['Note', 3, 'left']]),
    input.disputes.map((x) => ({ cells: [x.openedOn, x.reason, x.amount, x.status, x.invoices.map((i) => i.invoiceNumber).join(', '), x.note ?? ''] })), 'No disputes.');

  section(flow, 'Payment plans');
  table(flow, columns([['Made', 2, 'left'], ['Total', 2, 'right'], ['Frequency', 2, 'left'], ['Status', 2, 'left'], ['Invoices', 5, 'left']]),
    input.plans.map((x) => ({ cells: [x.madeOn, x.total, x.frequency, x.status, x.invoiceNumbers.join(', ')] })), 'No payment plans.');

  if (input.recoveries.length > 0) {
    section(flow, 'Recoveries');
    table(flow, columns([['Date', 2, 'left'], ['Collected', 2, 'right'], ['Commission', 2, 'right'], ['Net remitted', 2, 'right'], ['Payment', 3, 'left']]),
      input.recoveries.map((r) => ({ cells: [r.date, r.gross, r.commission, r.net, r.paymentRef] })), '');
  }
  paragraph(flow, `Amounts in ${p.currency}. Prepared for the collection of the debt named above only; handle as personal data.`, { weight: 'regular', size: 8, color: '#5b6675' });

  footers(doc, `${input.tenant.name} · ${d.name} (${d.customerRef})`, (n, of) => `Page ${n}/${of}`);
  doc.end();
  return done;
}

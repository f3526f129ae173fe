// The small-claims pack (issue #6: "the claim, the invoices, and the reminders sent and when"; seed 001: "a claim in
// small-claims court"): claimant and respondent, the claim (principal, statutory interest and fixed compensation as
// the rule packs compute them, the total), the invoices, and every reminder with when it left.
import { openA4Document } from './a4-document.js';
import { type Flow, columns, facts, footers, paragraph, section, table, titleBlock } from './case-file-page.js';
import { formatDate, formatMoney } from './locale-format.js';
import { smallClaimsMessages } from './small-claims-messages.js';

export type SmallClaimsPdfInput = {
  language: string;
  generatedOn: string;
  currency: string;
  placementId: string;
  claimant: { name: string; address: string | null; email: string | null; phone: string | null; bankAccount: string | null };
  respondent: { name: string; customerRef: string; country: string | null; email: string | null; phone: string | null; contact: string | null };
  claim: { principal: bigint; interest: bigint; fees: bigint; total: bigint; interestTo: string; sources: string[] };
  invoices: { number: string; issueDate: string; dueDate: string; amount: bigint; open: bigint; daysPastDue: number; interest: bigint }[];
  reminders: { date: string; sentOn: string | null; level: number; channels: string[]; registeredMail: boolean; deadline: string }[];
};

export async function renderSmallClaimsPdf(input: SmallClaimsPdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const m = smallClaimsMessages(input.language);
  const s = m.labels.statement;
  const locale = s.locale;
  const money = (v: bigint) => formatMoney(v, input.currency, locale);
  const date = (d: string) => formatDate(d, locale);
  const { doc, done } = openA4Document({
    margin: 40, compress: options.compress ?? true, lang: locale,
    info: { Title: `${m.title} – ${input.respondent.name}`, Author: input.claimant.name, Subject: `placement ${input.placementId}` },
  });
  const flow: Flow = { doc, y: 0, runningHead: `${m.title} · ${input.claimant.name} – ${input.respondent.name} (${input.respondent.customerRef})` };
  const c = input.claimant;
  titleBlock(flow, { name: c.name, lines: [c.address, c.email ? `${s.email}: ${c.email}` : null, c.phone ? `${s.phone}: ${c.phone}` : null].filter((l): l is string => l !== null) }, m.title, [
    [m.preparedOn, date(input.generatedOn)], [s.customerRef, input.respondent.customerRef], [s.currency, input.currency],
  ]);

  section(flow, m.claimant);
  facts(flow, [['', c.name], ['', c.address ?? ''], [s.email, c.email ?? ''], [s.phone, c.phone ?? ''], [m.labels.bankAccount, c.bankAccount ?? '']].filter(([, v]) => v !== '') as [string, string][]);

  const r = input.respondent;
  section(flow, m.respondent);
  facts(flow, [[s.customer, r.name], [s.customerRef, r.customerRef], [s.email, r.email ?? ''], [s.phone, r.phone ?? ''], [m.contactPerson, r.contact ?? '']].filter(([, v]) => v !== '') as [string, string][]);

  section(flow, m.claim);
  table(flow, columns([['', 7, 'left'], [`${s.amount} (${input.currency})`, 3, 'right']]), [
    { cells: [m.principal, money(input.claim.principal)] },
    { cells: [m.labels.interest, money(input.claim.interest)] },
    { cells: [m.fees, money(input.claim.fees)] },
    { cells: [m.totalClaimed, money(input.claim.total)], emphasis: true },
  ], '');
  paragraph(flow, m.interestTo(date(input.claim.interestTo)));
  if (input.claim.sources.length > 0) paragraph(flow, `${m.basis}: ${input.claim.sources.join('; ')}`, { weight: 'regular', size: 8, color: '#5b6675' });
  paragraph(flow, m.request(date(input.claim.interestTo)));

  section(flow, m.invoices);
  table(flow, columns([[m.labels.invoice, 3, 'left'], [s.issueDate, 2.2, 'left'], [s.dueDate, 2.2, 'left'], [s.amount, 2.6, 'right'], [s.open, 2.6, 'right'], [s.daysPastDue, 1.6, 'right'], [m.labels.interest, 2.4, 'right']]),
    input.invoices.map((i) => ({ cells: [i.number, date(i.issueDate), date(i.dueDate), money(i.amount), money(i.open), String(i.daysPastDue), money(i.interest)] })), s.noItems);

  section(flow, m.reminders);
  table(flow, columns([[s.date, 2.2, 'left'], [m.level, 1, 'right'], [m.channel, 3.6, 'left'], [m.sentOn, 2.2, 'left'], [m.deadline, 2.2, 'left']]),
    input.reminders.map((x) => ({
      cells: [date(x.date), String(x.level), [...x.channels.map((ch) => m.channels[ch] ?? ch), ...(x.registeredMail ? [m.registered] : [])].join(', '),
        x.sentOn === null ? '' : date(x.sentOn), date(x.deadline)],
    })), m.noReminders);

  footers(doc, `${c.name} – ${r.name} (${r.customerRef})`, s.page);
  doc.end();
  return done;
}

// One timeline entry as the API and CLI show it: when, what kind, a one-line title, the details, and who did it.
import { formatAmount, isCurrency } from '../../domain/money.js';
import type { TimelineRow } from '../../store/timeline.js';

export type TimelineEntry = {
  at: string; kind: TimelineRow['kind']; id: string; title: string; by: string | null; status: string | null;
  amount: string | null; currency: string | null; details: Record<string, unknown>;
};

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function detailsOf(row: TimelineRow): Record<string, unknown> {
  const raw = typeof row.details === 'string' ? JSON.parse(row.details) as unknown : row.details;
  const object = raw !== null && typeof raw === 'object' ? raw as Record<string, unknown> : {};
  // Nulls say nothing; dropping them keeps each entry to what happened.
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined));
}

function title(row: TimelineRow, d: Record<string, unknown>, money: string | null): string {
  const state = row.status ? ` (${row.status})` : '';
  switch (row.kind) {
    case 'letter': return `Letter, dunning level ${text(d.level)}${state}`;
    case 'email': return `E-mail to ${text(d.recipient)}: ${text(d.subject)}${state}`;
    case 'sms': return `SMS to ${text(d.recipient)}${state}`;
    case 'call': return `Call${d.phone ? ` to ${text(d.phone)}` : ''}: ${text(row.status)}`;
    case 'note': return `Note: ${text(d.text).split('\n')[0]?.slice(0, 120) ?? ''}`;
    case 'promise': return `Promise to pay ${money ?? ''} by ${text(d.promisedDate)}${state}`;
    case 'dispute': return `Dispute, ${text(d.reason)}: ${money ?? ''}${state}`;
    case 'payment-plan': return `Payment plan, ${text(d.instalments)} instalments: ${money ?? ''}${state}`;
    case 'payment': return `Payment ${money ?? ''}${d.paymentRef ? ` (${text(d.paymentRef)})` : ''}`;
    case 'credit-note': return `Credit note ${text(d.number)}: ${money ?? ''}`;
    case 'credit-hold': return row.status === 'release' ? 'Credit hold released' : 'Credit hold placed';
    case 'placement': return `Placed (${text(d.placementKind)}): ${money ?? ''}${state}`;
    case 'dunning': return `Dunning level ${text(d.level)}: ${money ?? ''}${state}`;
    case 'write-off': return `Write-off on invoice ${text(d.invoiceNumber)}: ${money ?? ''}`;
  }
}

export function timelineEntry(row: TimelineRow): TimelineEntry {
  const currency = row.currency?.trim() || null;
  const amount = row.amount !== null && currency !== null && isCurrency(currency) ? formatAmount(BigInt(row.amount), currency) : null;
  const details = detailsOf(row);
  return {
    at: row.at.toISOString(), kind: row.kind, id: row.ref, title: title(row, details, amount === null ? null : `${amount} ${currency ?? ''}`), by: row.by,
    status: row.status, amount, currency, details,
  };
}

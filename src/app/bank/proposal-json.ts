// A match proposal as stored with the entry and shown to a person: amounts as decimal strings (never floats).
import type { MatchProposal } from '../../domain/matching/index.js';
import { formatAmount } from '../../domain/money.js';

export type ProposalJson = {
  status: string; confidence: number; customerRef: string | null; unapplied: string; flags: string[]; explanation: string[];
  allocations: { invoiceId: string; invoiceNumber: string; customerRef: string; amount: string }[];
  alternatives: { invoiceNumber: string; customerRef: string; open: string; currency: string }[];
};

export function proposalJson(p: MatchProposal, currency: string): ProposalJson {
  return {
    status: p.status, confidence: Math.round(p.confidence * 1000) / 1000, customerRef: p.customerRef ?? null, unapplied: formatAmount(p.unapplied, currency),
    flags: [...p.flags], explanation: [...p.explanation],
    allocations: p.allocations.map((a) => ({ invoiceId: a.invoiceId, invoiceNumber: a.invoiceNumber, customerRef: a.customerRef, amount: formatAmount(a.amount, currency) })),
    alternatives: p.alternatives.map((a) => ({ invoiceNumber: a.invoiceNumber, customerRef: a.customerRef, open: formatAmount(a.open, a.currency), currency: a.currency })),
  };
}

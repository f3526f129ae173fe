// Issue #6: a dispute is routed to an owning department with a due date. Where the collector names neither, the
// reason decides (README.md explains the table): who can check the claim, and how long that check usually takes.
import { addDays, type BusinessDate } from '../dates.js';

export const DISPUTE_REASONS = ['damaged-goods', 'wrong-item', 'not-received', 'pricing', 'quality', 'poor-service', 'duplicate-billing', 'other'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export type Routing = { department: string; daysToResolve: number };

export const DEFAULT_ROUTING: Readonly<Record<DisputeReason, Routing>> = {
  'damaged-goods': { department: 'logistics', daysToResolve: 14 },
  'wrong-item': { department: 'logistics', daysToResolve: 14 },
  'not-received': { department: 'logistics', daysToResolve: 10 },
  pricing: { department: 'sales', daysToResolve: 10 },
  quality: { department: 'quality', daysToResolve: 21 },
  'poor-service': { department: 'customer-service', daysToResolve: 14 },
  'duplicate-billing': { department: 'billing', daysToResolve: 5 },
  other: { department: 'customer-service', daysToResolve: 14 },
};

export function isDisputeReason(text: string): text is DisputeReason {
  return (DISPUTE_REASONS as readonly string[]).includes(text);
}

/** The department and due date: the collector's choice where given, else the reason's default from openedOn. */
export function routeDispute(
  reason: DisputeReason, openedOn: BusinessDate, given: { department?: string | undefined; dueDate?: string | undefined } = {},
): { department: string; dueDate: BusinessDate } {
  const rule = DEFAULT_ROUTING[reason];
  return { department: given.department ?? rule.department, dueDate: given.dueDate ?? addDays(openedOn, rule.daysToResolve) };
}

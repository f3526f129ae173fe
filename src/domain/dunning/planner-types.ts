// The planner's inputs and outputs (issue #4). Amounts are minor units of the item's currency; dates YYYY-MM-DD.
import type { BusinessDate } from '../dates.js';
import type { NoticeJurisdiction } from '../law/notices/index.js';
import type { Currency } from '../money.js';
import type { Channel, DunningPolicy, RecipientRole, SideEffect } from './policy-model.js';

/** An open item with its dunning state (issue #4: "kept per invoice: level reached, when"). */
export interface OpenItemForDunning {
  invoiceId: string;
  number: string;
  customerRef: string;
  currency: Currency;
  dueDate: BusinessDate;
  /** Open amount after every payment and credit posted before the run. */
  open: bigint;
  /** The part of `open` under an open dispute; only `open − disputed` is dunned. */
  disputed: bigint;
  /** 1-based level the invoice reached; 0 = never dunned. */
  levelReached: number;
  /** When it reached that level; required when `levelReached` > 0. */
  levelReachedOn?: BusinessDate;
  /**
   * The deadline printed on the communication that brought it to that level. When absent it is recomputed from the
   * policy (levelReachedOn + that level's deadline days, with the jurisdiction's minimum).
   */
  levelDeadline?: BusinessDate;
}

export interface CustomerForDunning {
  customerRef: string;
  /** ISO 3166 alpha-2; picks the notice rules (jurisdictionFor) unless `jurisdictionNotices` says otherwise. */
  country: string;
  doNotContact: boolean;
  /** The last contact of any kind (letter, e-mail, SMS, call), for the contact limit. */
  lastContactOn?: BusinessDate;
  /** Promised date plus grace: the promise pauses dunning through this day. */
  activePromiseUntil?: BusinessDate;
  /** The invoices the promise covers; absent = every invoice of the customer. */
  promisedInvoiceIds?: readonly string[];
  /** Invoices in an active payment plan. */
  activePlanInvoiceIds?: readonly string[];
  policy: DunningPolicy;
  /** The jurisdiction whose notice rules apply, when not the customer's country's (e.g. a contract under NO law). */
  jurisdictionNotices?: NoticeJurisdiction;
}

export interface PlannedInvoice {
  invoiceId: string;
  number: string;
  dueDate: BusinessDate;
  /** Negative for a courtesy reminder before the due date. */
  daysPastDue: number;
  open: bigint;
  disputed: bigint;
  /** open − disputed: the amount this communication claims. Always > 0. */
  dunned: bigint;
  fromLevel: number;
  /** The level the invoice reaches when the action is sent: always fromLevel + 1, never the action's level by fiat. */
  toLevel: number;
}

/** One communication to one customer in one currency (issue #4). */
export interface PlannedAction {
  customerRef: string;
  currency: Currency;
  /** 1-based: the highest level among its invoices; its channels, recipients, template, fees and deadline apply. */
  level: number;
  templateKey: string;
  channels: Channel[];
  registeredMail: boolean;
  recipientRoles: RecipientRole[];
  /** Oldest due date first. */
  invoices: PlannedInvoice[];
  /** Sum of the invoices' `dunned`, before fees and interest. */
  total: bigint;
  /** The action level's side effects; placement and legal apply to the invoices with toLevel === level. */
  sideEffects: SideEffect[];
  addFees: boolean;
  addInterest: boolean;
  /** Printed deadline: the longest any listed invoice's level asks for, never shorter than the law's minimum. */
  deadline: BusinessDate;
}

export interface Skipped {
  customerRef: string;
  currency: Currency;
  reason: string;
  /** The legal rule, when a law blocks the step. */
  rule?: string;
  /** The first day the blocked step may be taken, when known. */
  earliest?: BusinessDate;
}

export interface DunningPlan {
  actions: PlannedAction[];
  skipped: Skipped[];
}

export interface PlanOptions {
  /** At most one contact per customer per this many days (issue #4: default 7). 0 turns the limit off. */
  contactIntervalDays?: number;
}

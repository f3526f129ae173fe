// Shared shapes of the late-payment rule packs (issue #3). Pure data: no I/O, no clock.

export const JURISDICTIONS = ['NO', 'SE', 'BG', 'PH', 'IN', 'EU', 'UK', 'DE'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const DEBTOR_TYPES = ['business', 'consumer', 'public'] as const;
export type DebtorType = (typeof DEBTOR_TYPES)[number];

export const SUPPLIER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type SupplierSize = (typeof SUPPLIER_SIZES)[number];

export type PrincipalPayment = { date: string; amount: bigint };

export type InterestRequest = {
  jurisdiction: string;
  /** Minor units of `currency`. */
  principal: bigint;
  currency: string;
  /** The agreed due date; absent when none was agreed (then invoiceDate / demandDate decide, see start-date.ts). */
  due?: string;
  /** Interest accrues through this day inclusive. */
  until: string;
  /** Defaults to 'business'. */
  debtor?: DebtorType;
  demandDate?: string;
  invoiceDate?: string;
  supplierSize?: SupplierSize;
  /** Parts of the principal paid: a part paid on P bears interest through P and not after. */
  payments?: PrincipalPayment[];
  /** Reminder fees already charged on this debt, minor units (deducted from NO standardkompensasjon, SE 450 SEK). */
  reminderFeesCharged?: bigint;
};

export type InterestPeriod = {
  from: string;
  to: string;
  days: number;
  /** Annual rate as a decimal string, e.g. "10.27". */
  ratePercent: string;
  /** This period's interest rounded for reading; the periods need not add up to the total by a minor unit. */
  interest: bigint;
};

export type InterestResult = {
  jurisdiction: Jurisdiction;
  principal: bigint;
  currency: string;
  /** Exact interest over all periods, rounded once, half-up, to the currency's minor unit. */
  interest: bigint;
  fixedCompensation: bigint;
  /**
   * What the debtor owes at `until`: principal not yet paid by `until` + interest + fixedCompensation
   * (= principal + interest + fixedCompensation when no part was paid).
   */
  total: bigint;
  periods: InterestPeriod[];
  /** False when any rate, fee or reading used is marked unverified in ../shared/law/late-payment.md. */
  verified: boolean;
  sources: string[];
  notes: string[];
};

/** An error in the request or the rate table that a user can act on (adapters map it like InputError). */
export class LawError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'LawError';
  }
}

export function isJurisdiction(text: string): text is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(text);
}

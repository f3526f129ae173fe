export { annualisedCostPercent, decimalFraction, hundredths, parseTerms, roundDiv, type DiscountTerms, type TermsParse } from './terms.js';
export { discountEconomics, ON_TERMS_GRACE_DAYS, TAKE_UP, type CustomerEconomics, type DiscountAnalysis, type DiscountCustomer, type PaidInvoice, type PaymentHabit, type SegmentEconomics } from './economics.js';

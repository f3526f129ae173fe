// The last day without interest ("start"); interest accrues from the next day through `until` (issue #3).
// With an agreed due date that is the due date, except PH (from the demand). Without one, each pack's statutory
// default applies. A period of N days after day S is read as ending on S+N and interest runs from the day after
// (the later reading where the wording allows two), so the pack never claims a day too many.
import { addDays, addMonths } from '../dates.js';
import type { CheckedRequest } from './request.js';
import { LawError } from './types.js';

export type Start = { start: string; notes: string[] };

type Candidate = { start: string; why: string };

function earliest(candidates: readonly (Candidate | undefined)[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>(
    (best, c) => (c && (!best || c.start < best.start) ? c : best),
    undefined,
  );
}

const after = (date: string | undefined, days: number, why: string): Candidate | undefined =>
  date === undefined ? undefined : { start: addDays(date, days), why };

const sent = (r: CheckedRequest): string | undefined =>
  [r.invoiceDate, r.demandDate].filter((d): d is string => d !== undefined).sort()[0];

function withoutDueDate(r: CheckedRequest): Candidate | undefined {
  const business = r.debtor !== 'consumer';
  switch (r.jurisdiction) {
    case 'NO':
      return after(sent(r), 30, '30 days after the written demand (forsinkelsesrenteloven §2); the invoice counts as one');
    case 'SE': {
      if (business) return after(sent(r), 30, '30 days after the invoice or demand (räntelagen §4, §2a)');
      const demand = r.demandDate ?? r.invoiceDate;
      return demand === undefined
        ? undefined
        : { start: addMonths(demand, 1), why: 'one month after the invoice/demand (räntelagen §4); assumes it stated that interest accrues' };
    }
    case 'DE':
      return earliest([
        after(r.demandDate, 0, 'the Mahnung (demandDate) puts the debtor in default (BGB §286(1))'),
        business ? after(r.invoiceDate, 30, '30 days after due date and receipt of the invoice (BGB §286(3))') : undefined,
      ]);
    case 'EU':
      return after(sent(r), 30, '30 days after receipt of the invoice (Directive 2011/7 art. 3(3)(b)); receipt taken as its date');
    case 'UK':
      return after(sent(r), 29, 'the 30-day period beginning with the day of notice of the debt (LPCDA s.4(3)(c))');
    case 'BG':
      return earliest([
        after(r.demandDate, 0, 'the creditor’s invitation puts the debtor in default (ZZD art. 84(2))'),
        business ? after(r.invoiceDate, 14, '14 days after the invoice (TZ art. 303a)') : undefined,
      ]);
    case 'IN':
      return after(r.invoiceDate, 15, 'the appointed day, 15 days after acceptance (MSMED s.2(b), s.15); acceptance taken as the invoice date');
    case 'PH':
      return undefined;
  }
}

const NEEDED: Record<CheckedRequest['jurisdiction'], string> = {
  NO: 'invoiceDate or demandDate',
  SE: 'invoiceDate or demandDate',
  DE: 'demandDate (a Mahnung) or, for a non-consumer, invoiceDate',
  EU: 'invoiceDate or demandDate',
  UK: 'invoiceDate or demandDate',
  BG: 'demandDate or, for a non-consumer, invoiceDate',
  IN: 'invoiceDate (the date of acceptance)',
  PH: 'demandDate',
};

export function interestStart(r: CheckedRequest): Start {
  if (r.jurisdiction === 'PH') {
    if (r.demandDate === undefined) {
      throw new LawError('demandDate', 'PH interest runs from the date of demand (Civil Code Art. 1169); give the demand date');
    }
    if (r.due !== undefined && r.due > r.demandDate) {
      return { start: r.due, notes: ['The demand came before the due date, so interest runs from the day after the due date.'] };
    }
    return { start: r.demandDate, notes: ['Interest runs from the day after the date of demand (Art. 1169).'] };
  }
  if (r.due !== undefined) return { start: r.due, notes: [] };
  const candidate = withoutDueDate(r);
  if (!candidate) {
    throw new LawError('due', `no due date was agreed; ${r.jurisdiction} then needs ${NEEDED[r.jurisdiction]}`);
  }
  return { start: candidate.start, notes: [`No due date agreed: interest from ${addDays(candidate.start, 1)}, ${candidate.why}.`] };
}

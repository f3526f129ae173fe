// The early-payment discount calculator (issue #8): terms such as "2/10 net 30" and the cost of capital give the
// discount's annualised cost, d/(1−d) × 365/(N−t), and, from each customer's actual payment habits, a recommendation
// per segment with the arithmetic shown (GET /api/discount). The figures are the server's; the page only sets the
// formula beside them.
import { type FormEvent, useState } from 'react';
import { query } from '../api';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { formatDate, formatNumber } from '../format';
import { Link, navigate, useLocation } from '../router';
import type { DiscountAdvice } from '../types';

export function Discount() {
  const { search } = useLocation();
  const terms = search.get('terms') ?? '2/10 net 30';
  const cost = search.get('costOfCapital') ?? '8';
  const [termsText, setTermsText] = useState(terms);
  const [costText, setCostText] = useState(cost);
  const advice = useApi<DiscountAdvice>(`/api/discount${query({ terms, costOfCapital: cost })}`);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(`/credit/discount${query({ terms: termsText.trim(), costOfCapital: costText.trim() })}`); };
  const a = advice.data;
  return (
    <>
      <p><Link to="/credit">← Credit</Link></p>
      <PageTitle>Early-payment discount</PageTitle>
      <form className="inline-form card" onSubmit={submit} aria-label="Discount terms">
        <label htmlFor="discount-terms">Terms <input id="discount-terms" required value={termsText} onChange={(e) => setTermsText(e.target.value)} placeholder="2/10 net 30" maxLength={60} /></label>
        <label htmlFor="discount-cost">Cost of capital (% a year) <input id="discount-cost" required inputMode="decimal" pattern="\d{1,3}(\.\d{1,4})?" value={costText} onChange={(e) => setCostText(e.target.value)} className="days" /></label>
        <button type="submit" className="primary" disabled={advice.loading}>Calculate</button>
      </form>
      <ErrorMessage error={advice.error} />
      {advice.loading && <Loading what="the discount's economics" />}
      {a && !advice.loading && <Result a={a} />}
    </>
  );
}

function Result({ a }: { a: DiscountAdvice }) {
  const [offset, setOffset] = useState(0);
  const d = a.discountPercent;
  const days = a.netDays - a.discountDays;
  return (
    <>
      <section className="card" aria-labelledby="cost-title" data-testid="discount-cost">
        <h2 id="cost-title">What “{a.terms}” costs</h2>
        <p className="total"><span className="num">{a.annualisedCostPercent} %</span> <span className="muted">a year, against a cost of capital of {a.costOfCapitalPercent} %</span></p>
        <p className="formula">
          annualised cost = d ÷ (1 − d) × 365 ÷ (N − t) = {d} % ÷ (100 % − {d} %) × 365 ÷ ({a.netDays} − {a.discountDays}) = {d} ÷ {`(100 − ${d})`} × 365 ÷ {days} = <strong>{a.annualisedCostPercent} %</strong>
        </p>
        <p>{a.discountCheaperThanCapital
          ? `The discount costs less than capital: paying customers to pay early is cheaper than borrowing.`
          : `The discount costs more than capital: it pays only where it moves enough cash forward from customers who now pay late (below, per segment).`}</p>
      </section>
      <section className="card" aria-labelledby="segments-title" data-testid="discount-segments">
        <h2 id="segments-title">Per segment ({a.grouping}), from payments in the year to {formatDate(a.asOf)}</h2>
        {a.segments.length === 0 && <Empty>No paid invoices in the last year to judge by.</Empty>}
        {a.segments.length > 0 && (
          <div className="scroll">
            <table className="data">
              <caption className="sr-only">Recommendation per segment with the arithmetic</caption>
              <thead><tr><th scope="col">Segment</th><th scope="col" className="num">Customers</th><th scope="col" className="num">Volume</th><th scope="col" className="num">DSO days gained</th><th scope="col" className="num">Cash forward</th><th scope="col" className="num">Capital benefit</th><th scope="col" className="num">Discounts given</th><th scope="col" className="num">Net a year</th><th scope="col">Advice</th></tr></thead>
              <tbody>
                {a.segments.map((s) => [
                  <tr key={`${s.segment}-${s.currency}`}>
                    <th scope="row">{s.segment} <span className="muted">{s.currency}</span></th>
                    <td className="num">{s.customers}</td>
                    <td className="num"><Money amount={s.volume} currency={s.currency} /></td>
                    <td className="num">{formatNumber(s.dsoDaysGained)}</td>
                    <td className="num"><Money amount={s.cashBroughtForward} currency={s.currency} /></td>
                    <td className="num"><Money amount={s.capitalBenefit} currency={s.currency} /></td>
                    <td className="num"><Money amount={s.discountCost} currency={s.currency} /></td>
                    <td className="num"><strong><Money amount={s.netBenefit} currency={s.currency} /></strong></td>
                    <td><span className={`badge ${s.recommendation === 'offer' ? 'sent' : 'failed'}`}>{s.recommendation}</span></td>
                  </tr>,
                  <tr key={`${s.segment}-${s.currency}-why`} className="detail"><td colSpan={9}>
                    <details><summary>The arithmetic</summary><p className="small">{s.arithmetic}</p>
                      <p className="muted small">Habits: {Object.entries(s.habits).map(([h, n]) => `${h} ${n}`).join(' · ')}</p></details>
                  </td></tr>,
                ])}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {a.customers.length > 0 && (
        <section className="card" aria-labelledby="discount-customers-title">
          <details>
            <summary id="discount-customers-title">Per customer ({a.customers.length})</summary>
            <div className="scroll">
              <table className="data compact">
                <thead><tr><th scope="col">Customer</th><th scope="col">Habit</th><th scope="col" className="num">Median days to pay</th><th scope="col" className="num">Take-up</th><th scope="col" className="num">Volume</th><th scope="col" className="num">Net a year</th></tr></thead>
                <tbody>
                  {a.customers.slice(offset, offset + 25).map((c) => (
                    <tr key={`${c.customerRef}-${c.currency}`}>
                      <td><Link to={`/customers/${encodeURIComponent(c.customerRef)}`}>{c.customerRef}</Link> <span className="muted">{c.segment}</span></td>
                      <td>{c.habit}</td><td className="num">{formatNumber(c.medianDaysToPay)}</td><td className="num">{formatNumber(c.takeUpPercent)} %</td>
                      <td className="num"><Money amount={c.volume} currency={c.currency} /></td><td className="num"><Money amount={c.netBenefit} currency={c.currency} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label="Customers" offset={offset} limit={25} count={a.customers.slice(offset, offset + 25).length} onChange={setOffset} />
          </details>
        </section>
      )}
    </>
  );
}

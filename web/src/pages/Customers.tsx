// Customers, a page at a time (GET /api/customers?limit&offset), each opening its customer page.
import { query } from '../api';
import { Empty, ErrorMessage, Loading, Money, PageTitle, Pager, useApi } from '../components/ui';
import { Link, navigate, useLocation } from '../router';
import type { Customer } from '../types';

const LIMIT = 25;

export function Customers() {
  const { search } = useLocation();
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useApi<{ customers: Customer[] }>(`/api/customers${query({ limit: LIMIT, offset })}`);
  const customers = page.data?.customers ?? [];
  return (
    <>
      <PageTitle>Customers</PageTitle>
      <ErrorMessage error={page.error} />
      {page.loading && !page.data && <Loading what="customers" />}
      {page.data && customers.length === 0 && offset === 0 && <Empty>No customers in this tenant yet.</Empty>}
      {page.data && (customers.length > 0 || offset > 0) && (
        <>
          <table className="data">
            <caption className="sr-only">Customers, from number {offset + 1}</caption>
            <thead><tr><th scope="col">Ref</th><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Currency</th><th scope="col">E-mail</th><th scope="col">Phone</th><th scope="col" className="num">Credit limit</th></tr></thead>
            <tbody>
              {customers.map((c) => (
                <tr key={c.customerRef}>
                  <td><Link to={`/customers/${encodeURIComponent(c.customerRef)}`}>{c.customerRef}</Link></td>
                  <td><Link to={`/customers/${encodeURIComponent(c.customerRef)}`}>{c.name}</Link></td>
                  <td>{c.country ?? ''}</td>
                  <td>{c.currency}</td>
                  <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : ''}</td>
                  <td>{c.phone ? <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a> : ''}</td>
                  <td className="num">{c.creditLimit ? <Money amount={c.creditLimit} currency={c.currency} /> : <span className="muted">none</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager label="Customers" offset={offset} limit={LIMIT} count={customers.length} onChange={(o) => navigate(`/customers${query({ offset: o || undefined })}`)} />
        </>
      )}
    </>
  );
}

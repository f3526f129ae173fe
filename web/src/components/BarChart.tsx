// Bars of amounts (the aging buckets) or counts (disputes per root cause): heights are the one place an amount
// becomes a number, for drawing only. A count chart passes `format` instead of a currency.
import { formatMoney } from '../format';

export function BarChart({ title, currency, bars, format }: { title: string; currency?: string; bars: { label: string; amount: string }[]; format?: (amount: string) => string }) {
  const full = (amount: string) => (format ? format(amount) : formatMoney(amount, currency ?? 'XXX'));
  const short = (amount: string) => (format ? format(amount) : compact(amount, currency ?? 'XXX'));
  const values = bars.map((b) => Math.max(0, Number(b.amount)));
  const max = Math.max(...values, 1);
  const width = 560;
  const height = 200;
  const gap = 16;
  // A few bars stay bar-shaped rather than filling the width; the group is centred.
  const barWidth = Math.min(90, (width - gap * (bars.length + 1)) / Math.max(bars.length, 1));
  const left = (width - (bars.length * barWidth + (bars.length - 1) * gap)) / 2;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${full(b.amount)}`).join(', ')}`}>
        <line x1="0" y1={height} x2={width} y2={height} className="axis" />
        {bars.map((b, i) => {
          const h = ((values[i] ?? 0) / max) * (height - 24);
          const x = left + i * (barWidth + gap);
          return (
            <g key={b.label}>
              <rect x={x} y={height - h} width={barWidth} height={h} className={i === 0 && !format ? 'bar current' : 'bar'} rx="3" />
              <text x={x + barWidth / 2} y={height + 18} textAnchor="middle" className="bar-label"><title>{b.label}</title>{fit(b.label, barWidth + gap)}</text>
              <text x={x + barWidth / 2} y={height - h - 6} textAnchor="middle" className="bar-value">{short(b.amount)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

function compact(amount: string, currency: string): string {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(amount as Intl.StringNumericLiteral);
}

/** A label cut to what fits under its bar (about 7.5 units a character at 13px); the full one is in its title. */
function fit(label: string, width: number): string {
  const room = Math.max(3, Math.floor(width / 7.5));
  return label.length <= room ? label : `${label.slice(0, room - 1)}…`;
}

// The aging buckets as bars: heights are the one place an amount becomes a number, for drawing only.
import { formatMoney } from '../format';

export function BarChart({ title, currency, bars }: { title: string; currency: string; bars: { label: string; amount: string }[] }) {
  const values = bars.map((b) => Math.max(0, Number(b.amount)));
  const max = Math.max(...values, 1);
  const width = 560;
  const height = 200;
  const gap = 16;
  const barWidth = (width - gap * (bars.length + 1)) / Math.max(bars.length, 1);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${formatMoney(b.amount, currency)}`).join(', ')}`}>
        <line x1="0" y1={height} x2={width} y2={height} className="axis" />
        {bars.map((b, i) => {
          const h = ((values[i] ?? 0) / max) * (height - 24);
          const x = gap + i * (barWidth + gap);
          return (
            <g key={b.label}>
              <rect x={x} y={height - h} width={barWidth} height={h} className={i === 0 ? 'bar current' : 'bar'} rx="3" />
              <text x={x + barWidth / 2} y={height + 18} textAnchor="middle" className="bar-label">{b.label}</text>
              <text x={x + barWidth / 2} y={height - h - 6} textAnchor="middle" className="bar-value">{compact(b.amount, currency)}</text>
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

// The 13-week cash forecast (issue #8) as bars of expected collections with the low–high band of each week drawn
// as a whisker over it. Like BarChart, heights are the one place an amount becomes a number, for drawing only.
import { formatDate, formatMoney } from '../format';
import type { ForecastWeek } from '../types';

export function ForecastChart({ currency, weeks }: { currency: string; weeks: ForecastWeek[] }) {
  const width = 560;
  const height = 200;
  const top = 12;
  const max = Math.max(1, ...weeks.map((w) => Number(w.high)), ...weeks.map((w) => Number(w.expected)));
  const y = (amount: string) => height - (Math.max(0, Number(amount)) / max) * (height - top);
  const slot = width / Math.max(weeks.length, 1);
  const bar = Math.min(32, slot * 0.6);
  const label = weeks.map((w) => `week ${w.week} (${formatDate(w.from)}): ${formatMoney(w.expected, currency)}, ${formatMoney(w.low, currency)} to ${formatMoney(w.high, currency)}`).join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 34}`} role="img" aria-label={`Expected collections in ${currency} per week, with the 80 % band: ${label}`}>
        <line x1="0" y1={height} x2={width} y2={height} className="axis" />
        {weeks.map((w, i) => {
          const cx = slot * i + slot / 2;
          return (
            <g key={w.week}>
              <title>{`Week ${w.week}, ${formatDate(w.from)} – ${formatDate(w.to)}: expected ${formatMoney(w.expected, currency)} (${formatMoney(w.low, currency)} – ${formatMoney(w.high, currency)})`}</title>
              <rect x={cx - bar / 2} y={y(w.expected)} width={bar} height={height - y(w.expected)} className="bar forecast" rx="2" />
              <line x1={cx} x2={cx} y1={y(w.high)} y2={y(w.low)} className="band" />
              <line x1={cx - bar / 4} x2={cx + bar / 4} y1={y(w.high)} y2={y(w.high)} className="band" />
              <line x1={cx - bar / 4} x2={cx + bar / 4} y1={y(w.low)} y2={y(w.low)} className="band" />
              <text x={cx} y={height + 16} textAnchor="middle" className="bar-label">{w.week}</text>
            </g>
          );
        })}
        <text x={width / 2} y={height + 32} textAnchor="middle" className="bar-label">week</text>
      </svg>
    </figure>
  );
}

/** A small line chart of one number over a few periods (DSO in days, CEI in percent). */
export function LineChart({ title, points, unit }: { title: string; points: { label: string; value: number | null }[]; unit: string }) {
  const width = 320;
  const height = 120;
  const pad = 24;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const min = Math.min(0, ...values);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(points.length - 1, 1);
  const y = (v: number) => height - 18 - ((v - min) / (max - min || 1)) * (height - 36);
  const path = points.map((p, i) => (p.value === null ? '' : `${x(i)},${y(p.value)}`)).filter(Boolean).join(' ');
  return (
    <figure className="chart line-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${points.map((p) => `${p.label} ${p.value === null ? 'none' : `${p.value}${unit}`}`).join(', ')}`}>
        <line x1={pad} y1={height - 18} x2={width - pad} y2={height - 18} className="axis" />
        <polyline points={path} className="line" />
        {points.map((p, i) => (
          <g key={p.label}>
            {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r="3" className="dot" />}
            {p.value !== null && <text x={x(i)} y={y(p.value) - 7} textAnchor="middle" className="bar-value">{Math.round(p.value)}</text>}
            <text x={x(i)} y={height - 4} textAnchor="middle" className="bar-label">{p.label}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

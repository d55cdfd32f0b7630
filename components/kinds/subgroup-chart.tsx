// Results by subgroup as a picture, drawn on the server as SVG (no JavaScript reaches the page):
// one chart per metric, a row per slice with its value as a point and its confidence interval
// as a bar, the metric's decision threshold as a dashed line, and every slice that fails the
// threshold marked in words as well as colour. The table beside it stays the accessible record.
//
// Scales and ticks come from d3-scale. Horizontal positions are percentages, so the chart takes
// the width it is given while its text keeps the page's size, on a phone as on a wide screen.
import { scaleLinear } from 'd3-scale';
import { parseThreshold } from '@/lib/kinds/threshold';

type TResult = { metric: string; slice: string; value: number; low?: number | undefined; high?: number | undefined };
type TMetric = { name: string; threshold: string };

const ROW = 52; // px per slice: its name above, its point and interval just under it
const TOP = 8;
const AXIS = 28;
const LEFT = 3; // % kept free on each side, so end ticks and points are not cut
const RIGHT = 97;

const key = (s: string) => s.trim().toLowerCase();
const pct = (n: number) => `${n.toFixed(2)}%`;
const fmt = (n: number) => String(Number(n.toPrecision(4)));

export function SubgroupCharts({ results, metrics }: { results: TResult[]; metrics: TMetric[] }) {
  const groups = new Map<string, TResult[]>();
  for (const r of results) groups.set(key(r.metric), [...(groups.get(key(r.metric)) ?? []), r]);
  return [...groups.values()].map((rows) => (
    <SubgroupChart
      key={key(rows[0]!.metric)}
      metric={rows[0]!.metric}
      rows={rows}
      threshold={metrics.find((m) => key(m.name) === key(rows[0]!.metric))?.threshold ?? ''}
    />
  ));
}

function SubgroupChart({ metric, rows, threshold }: { metric: string; rows: TResult[]; threshold: string }) {
  const rule = parseThreshold(threshold);
  const numbers = rows.flatMap((r) => [r.value, r.low, r.high]).filter((n): n is number => n !== undefined);
  if (rule) numbers.push(rule.limit);
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const pad = low === high ? Math.abs(low) * 0.1 || 1 : 0;
  const x = scaleLinear()
    .domain([low - pad, high + pad])
    .nice()
    .range([LEFT, RIGHT]);
  const height = TOP + rows.length * ROW + AXIS;
  const fails = rows.filter((r) => rule && !rule.test(r.value)).map((r) => r.slice);
  const id = `chart-${key(metric).replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <figure className="chart" data-testid="subgroup-chart" data-metric={metric}>
      <svg width="100%" height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{`${metric} by subgroup`}</title>
        <desc id={`${id}-desc`}>
          {rows.map((r) => `${r.slice}: ${fmt(r.value)}`).join('; ')}
          {rule ? `. Decision threshold ${threshold}.` : '.'}
          {fails.length ? ` Fails it: ${fails.join(', ')}.` : ''}
        </desc>
        {x.ticks(5).map((t) => (
          <g key={t} className="chart-tick">
            <line x1={pct(x(t))} x2={pct(x(t))} y1={TOP} y2={height - AXIS + 4} />
            <text x={pct(x(t))} y={height - 8} textAnchor="middle">
              {fmt(t)}
            </text>
          </g>
        ))}
        {rule && (
          <line
            className="chart-threshold"
            data-testid="threshold-line"
            x1={pct(x(rule.limit))}
            x2={pct(x(rule.limit))}
            y1={TOP - 4}
            y2={height - AXIS + 4}
          />
        )}
        {rows.map((r, i) => {
          const failing = rule !== null && !rule.test(r.value);
          const y = TOP + i * ROW;
          return (
            <g key={i} className={failing ? 'chart-row fails' : 'chart-row'} data-fails={failing || undefined}>
              <text x={pct(LEFT)} y={y + 14} className="chart-label">
                {r.slice}: {fmt(r.value)}
                {failing ? ' ✕ fails its threshold' : ''}
              </text>
              {r.low !== undefined && r.high !== undefined && (
                <g className="chart-interval">
                  <line x1={pct(x(r.low))} x2={pct(x(r.high))} y1={y + 27} y2={y + 27} />
                  <line x1={pct(x(r.low))} x2={pct(x(r.low))} y1={y + 22} y2={y + 32} />
                  <line x1={pct(x(r.high))} x2={pct(x(r.high))} y1={y + 22} y2={y + 32} />
                </g>
              )}
              <circle cx={pct(x(r.value))} cy={y + 27} r={5} className="chart-point" />
            </g>
          );
        })}
      </svg>
      <figcaption className="meta">
        {metric}: points are values, bars their confidence intervals
        {rule ? `; the dashed line is the decision threshold (${threshold})` : '; no decision threshold to compare with'}.
      </figcaption>
    </figure>
  );
}

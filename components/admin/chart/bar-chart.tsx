// A small bar chart drawn as SVG (no charting library): one bar per point, round gridlines, the
// value in each bar's tooltip, and the same figures as a table for screen readers.
import { niceMax, ticks } from "./scale";

export type BarPoint = { key: string; label: string; value: number; shortLabel?: string };

type Props = {
  title: string;
  points: BarPoint[];
  formatValue: (value: number) => string;
  /** Shorter text for the axis; defaults to formatValue. */
  formatTick?: (value: number) => string;
  /** Column headings for the screen-reader table. */
  labelHeading: string;
  valueHeading: string;
};

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 84 };

export function BarChart({ title, points, formatValue, formatTick = formatValue, labelHeading, valueHeading }: Props) {
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(2, slot * 0.64);
  const y = (value: number) => PAD.top + plotHeight - (Math.max(0, value) / max) * plotHeight;
  const labelEvery = Math.ceil(points.length / 7);
  const titleId = `chart-${title.replace(/\W+/g, "-").toLowerCase()}`;

  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={titleId} className="text-sm font-semibold text-slate-900">
        {title}
      </figcaption>
      {/* Below 640 px the chart keeps its size and scrolls sideways, so the axis text stays legible. */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={`${title}, scrollable`}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="h-auto w-full min-w-[40rem]" data-testid="bar-chart">
          {ticks(max).map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeWidth={1} />
              <text x={PAD.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-slate-500 text-[11px]">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {points.map((point, i) => {
            const x = PAD.left + i * slot + (slot - barWidth) / 2;
            const top = y(point.value);
            return (
              <g key={point.key}>
                <rect x={x} y={top} width={barWidth} height={Math.max(0, PAD.top + plotHeight - top)} rx={2} className="fill-brand-600">
                  <title>{`${point.label}: ${formatValue(point.value)}`}</title>
                </rect>
                {(points.length - 1 - i) % labelEvery === 0 ? (
                  <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">
                    {point.shortLabel ?? point.label}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.key}>
              <th scope="row">{point.label}</th>
              <td>{formatValue(point.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

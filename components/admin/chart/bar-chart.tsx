// The dashboard's bar chart: a figure with its title, the bars drawn by recharts (SalesBarChart, a
// client component), and the same figures as a table for screen readers. This part stays on the
// server so callers can pass formatting functions; the client gets the results as strings.
import { niceMax, ticks } from "./scale";
import { SalesBarChart } from "./sales-bar-chart";

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

export function BarChart({ title, points, formatValue, formatTick = formatValue, labelHeading, valueHeading }: Props) {
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const titleId = `chart-${title.replace(/\W+/g, "-").toLowerCase()}`;
  const bars = points.map((p) => ({ key: p.key, label: p.label, axisLabel: p.shortLabel ?? p.label, value: Math.max(0, p.value), formatted: formatValue(p.value) }));

  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={titleId} className="text-sm font-semibold text-slate-900">
        {title}
      </figcaption>
      {/* To assistive technology the drawing is one labelled image; the table below carries its figures. */}
      <div className="h-[220px] w-full min-w-0" role="img" aria-labelledby={titleId} data-testid="bar-chart">
        <SalesBarChart bars={bars} ticks={ticks(max).map((value) => ({ value, label: formatTick(value) }))} max={max} />
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

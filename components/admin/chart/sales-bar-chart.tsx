"use client";

// The drawing of the dashboard's bar chart, by recharts. It runs in the browser, so it receives only
// data: every figure arrives already formatted (functions cannot cross from a server component).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SalesBar = { key: string; label: string; axisLabel: string; value: number; formatted: string };
export type SalesTick = { value: number; label: string };

type Props = { bars: SalesBar[]; ticks: SalesTick[]; max: number };

const BRAND_TEAL = "#0f766e";
const AXIS_TEXT = { fill: "#64748b", fontSize: 11 }; // slate-500

export function SalesBarChart({ bars, ticks, max }: Props) {
  const tickLabels = new Map(ticks.map((t) => [t.value, t.label]));
  return (
    // Fixed height, width of the container: on a phone the chart narrows instead of overflowing the page.
    <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 320, height: 220 }}>
      <BarChart data={bars} margin={{ top: 12, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="axisLabel" tick={AXIS_TEXT} tickLine={false} axisLine={{ stroke: "#e2e8f0" }} interval="preserveEnd" minTickGap={8} />
        <YAxis
          domain={[0, max]}
          ticks={ticks.map((t) => t.value)}
          tickFormatter={(value: number) => tickLabels.get(value) ?? ""}
          tick={AXIS_TEXT}
          tickLine={false}
          axisLine={false}
          width={76}
        />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          content={({ active, payload }) => {
            const bar = active ? (payload?.[0]?.payload as SalesBar | undefined) : undefined;
            if (!bar) return null;
            return (
              <div className="rounded-md border border-slate-200 bg-white px-2 py-1 text-xs text-slate-900 shadow-sm">
                <div>{bar.label}</div>
                <div className="font-semibold">{bar.formatted}</div>
              </div>
            );
          }}
        />
        <Bar dataKey="value" fill={BRAND_TEAL} radius={[2, 2, 0, 0]} maxBarSize={48} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

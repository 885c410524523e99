"use client";

import { useState } from "react";
import type { ProductSpec } from "@/lib/catalog";

let nextKey = 0;
const withKeys = (specs: ProductSpec[]) => specs.map((spec) => ({ ...spec, key: nextKey++ }));

/** Label/value rows for the spec table, added and removed in place; sent as parallel specLabel/specValue fields. */
export function SpecRows({ initial, errors }: { initial: ProductSpec[]; errors?: string[] }) {
  const [rows, setRows] = useState(() => withKeys(initial.length > 0 ? initial : [{ label: "", value: "" }]));
  const input =
    "min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20";
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors?.length ? "specs-error" : undefined}>
      <legend className="text-sm font-medium text-slate-900">Specifications</legend>
      <p className="text-xs text-slate-500">Shown as the table on the product page. Leave a row empty to drop it.</p>
      <ul className="flex flex-col gap-2">
        {rows.map((row, index) => (
          <li key={row.key} className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[minmax(0,12rem)_1fr_auto]">
            <input
              name="specLabel"
              defaultValue={row.label}
              aria-label={`Spec ${index + 1} label`}
              placeholder="Label, e.g. Weight"
              className={`${input} col-span-1`}
            />
            <input
              name="specValue"
              defaultValue={row.value}
              aria-label={`Spec ${index + 1} value`}
              placeholder="Value, e.g. 650 g"
              className={`${input} col-span-1 row-start-2 sm:row-start-auto`}
            />
            <button
              type="button"
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              aria-label={`Remove spec ${index + 1}`}
              className="row-span-2 self-center rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-red-700 sm:row-span-1"
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button
          type="button"
          onClick={() => setRows((current) => [...current, ...withKeys([{ label: "", value: "" }])])}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-700 hover:text-brand-800"
        >
          Add a row
        </button>
      </div>
      {errors?.length ? (
        <p id="specs-error" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

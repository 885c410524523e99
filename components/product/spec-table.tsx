import type { ProductSpec } from "@/lib/catalog";

export function SpecTable({ specs }: { specs: ProductSpec[] }) {
  if (specs.length === 0) return null;
  return (
    // Cell styles set once on the table, not per row.
    <table className="w-full border-collapse text-left text-sm [&_th]:w-2/5 [&_th]:py-2.5 [&_th]:pr-4 [&_th]:align-top [&_th]:font-medium [&_th]:text-slate-900 [&_td]:py-2.5 [&_td]:text-slate-600">
      <caption className="sr-only">Specifications</caption>
      <tbody className="divide-y divide-slate-200 border-y border-slate-200">
        {specs.map((spec) => (
          <tr key={spec.label}>
            <th scope="row">
              {spec.label}
            </th>
            <td>{spec.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

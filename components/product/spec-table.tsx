import type { ProductSpec } from "@/lib/catalog";

export function SpecTable({ specs }: { specs: ProductSpec[] }) {
  if (specs.length === 0) return null;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Specifications</caption>
      <tbody className="divide-y divide-slate-200 border-y border-slate-200">
        {specs.map((spec) => (
          <tr key={spec.label}>
            <th scope="row" className="w-2/5 py-2.5 pr-4 align-top font-medium text-slate-900">
              {spec.label}
            </th>
            <td className="py-2.5 text-slate-600">{spec.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

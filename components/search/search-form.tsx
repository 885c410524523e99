import { MAX_QUERY_LENGTH } from "@/lib/search/normalize-query";

export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form role="search" method="get" action="/search" className="flex gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search devices and guides
      </label>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Try “night calf cramps” or “massage gun”"
        autoComplete="off"
        className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-700 focus:outline-2 focus:outline-brand-700"
      />
      <button type="submit" className="rounded-lg bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
        Search
      </button>
    </form>
  );
}

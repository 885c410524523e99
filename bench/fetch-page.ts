// One GET of a page, read to the end (streamed Suspense content included), with the headers that
// say how it was rendered and cached.
export type PageHeaders = { cacheControl: string | null; postponed: boolean; contentType: string | null };
export type FetchedPage = { status: number; html: string; headers: PageHeaders; ms: number };

export async function fetchPage(url: string): Promise<FetchedPage> {
  const start = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  const html = await response.text();
  return {
    status: response.status,
    html,
    ms: Math.round(performance.now() - start),
    headers: {
      cacheControl: response.headers.get("cache-control"),
      postponed: response.headers.get("x-nextjs-postponed") === "1",
      contentType: response.headers.get("content-type"),
    },
  };
}

/** Sequential requests before a load run: the server loads route code and fills its caches lazily. */
export async function warm(url: string, times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await fetchPage(url);
}

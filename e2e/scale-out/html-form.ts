// What a browser without JavaScript posts for one of the store's forms: its hidden fields (React's
// server-action references among them), read from the page's HTML. For load and crowd tests over HTTP.
import http from "node:http";

/** The hidden fields of the first form on the page that contains `marker` (e.g. `name="email"`). */
export function hiddenFields(html: string, marker: string): [string, string][] {
  const forms = html.match(/<form[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(marker));
  if (!form) throw new Error(`no form with ${marker} on the page`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [decodeHtml(m[1]), decodeHtml(m[2] ?? "")]);
}

/** The fields as multipart/form-data, the encoding the store's forms declare. */
export function formData(fields: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return body;
}

const decodeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * A request from a chosen loopback address (127.0.2.7 …): the store caps unpaid checkouts per connection
 * address, so each shopper of a crowd test comes from an address of its own, as real shoppers would.
 */
export async function fetchFrom(
  localAddress: string,
  url: string,
  init: { method?: string; body?: FormData; headers?: Record<string, string> } = {},
): Promise<{ status: number; location: string | null; text: string }> {
  // Request serialises the form as the browser would (multipart with its boundary); http sends it from the address.
  const request = new Request(url, { method: init.method ?? "GET", body: init.body, headers: init.headers });
  const body = init.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const headers = Object.fromEntries(request.headers);
  if (body) headers["content-length"] = String(body.length);
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: hostname, port, path: pathname + search, method: request.method, localAddress, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null, text }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

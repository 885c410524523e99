// What a browser without JavaScript posts for one of the store's forms: its hidden fields (React's
// server-action references among them), read from the page's HTML. For load and crowd tests over HTTP.

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

// Request bodies for route handlers, read with a size limit: a Content-Length over the limit is refused
// before anything is read, and a body without one (chunked) is cut off as soon as it passes the limit,
// so an oversized upload never sits in memory. Malformed JSON is a 400 with a plain message.
import { jsonError } from "./route-methods";

/** The default for route handlers taking small JSON or form bodies (sign-in, callbacks). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

export function tooLarge(maxBytes: number): Response {
  return jsonError(413, `The request body is larger than ${formatBytes(maxBytes)}.`);
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} kB` : `${bytes} bytes`;
}

/** The body as UTF-8 text, at most `maxBytes` bytes. */
export async function readBodyText(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<BodyResult<string>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  if (!request.body) return { ok: true, value: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid UTF-8 text.") };
  }
}

/** Parses JSON text, or a 400 that says what is wrong (never a stack trace). */
export function parseJson(text: string): BodyResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    return { ok: false, response: jsonError(400, `The request body is not valid JSON${detail}.`) };
  }
}

/** A JSON body, size-limited and parsed. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<BodyResult<unknown>> {
  const text = await readBodyText(request, maxBytes);
  return text.ok ? parseJson(text.value) : text;
}

export function declaresJson(request: Request): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get("content-type") ?? "");
}

// First-load JavaScript of a rendered page: every <script src> in its HTML (read to the end, so
// streamed parts count too), each fetched once and gzip-sized at level 9 like the usual "gzip kB".
import { gzipSync } from "node:zlib";

export type ScriptTag = { src: string; noModule: boolean };
export type ScriptSize = ScriptTag & { gzipBytes: number };
export type FirstLoad = {
  path: string;
  status: number;
  scripts: ScriptSize[];
  /** All <script src>: the floor in DESIGN.md was measured this way. */
  totalBytes: number;
  /** Without `nomodule` polyfills, which current browsers skip. */
  modernBytes: number;
  htmlGzipBytes: number;
};

const SCRIPT = /<script\b([^>]*)>/gi;
const SRC = /\bsrc=(?:"([^"]+)"|'([^']+)')/i;
const NO_MODULE = /\bnomodule\b/i;

/** The distinct script files a page's HTML loads, in document order. */
export function scriptTags(html: string): ScriptTag[] {
  const seen = new Map<string, ScriptTag>();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1];
    const src = SRC.exec(attributes);
    if (!src) continue;
    const url = (src[1] ?? src[2]).replaceAll("&amp;", "&");
    if (!seen.has(url)) seen.set(url, { src: url, noModule: NO_MODULE.test(attributes) });
  }
  return [...seen.values()];
}

export function gzipBytes(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

export class FirstLoadMeter {
  private readonly sizes = new Map<string, Promise<number>>();

  constructor(private readonly baseUrl: string) {}

  private size(src: string): Promise<number> {
    const url = new URL(src, this.baseUrl).toString();
    let size = this.sizes.get(url);
    if (!size) {
      size = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return gzipBytes(new Uint8Array(await response.arrayBuffer()));
      });
      this.sizes.set(url, size);
    }
    return size;
  }

  /** Sizes the scripts of a page already fetched (the HTML read to its end). */
  async measure(path: string, status: number, html: string): Promise<FirstLoad> {
    const scripts = await Promise.all(scriptTags(html).map(async (tag) => ({ ...tag, gzipBytes: await this.size(tag.src) })));
    const sum = (list: ScriptSize[]) => list.reduce((total, script) => total + script.gzipBytes, 0);
    return {
      path,
      status,
      scripts,
      totalBytes: sum(scripts),
      modernBytes: sum(scripts.filter((script) => !script.noModule)),
      htmlGzipBytes: gzipBytes(html),
    };
  }
}

// The floor: the smallest App Router app (one static page), built with this repository's next and
// react through a symlinked node_modules, so its JavaScript is what any page of ours starts from. It also
// serves the store's own public SVG and icon at the same paths, so a file and a metadata route compare
// like for like.
import { copyFile, mkdtemp, mkdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SAME_FILES } from "./config";
import { REPO_ROOT } from "./next-app";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "hello-floor", private: true, type: "module" }),
  "app/layout.jsx": `export const metadata = { title: "Hello" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  "app/page.jsx": `export default function Page() {
  return <h1>Hello, world</h1>;
}
`,
};

/** The deepest folder holding both paths: Turbopack compiles nothing outside its root. */
export function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(path.sep) || path.sep;
}

export async function createHelloWorldApp(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-hello-"));
  const modules = await realpath(path.join(REPO_ROOT, "node_modules"));
  await mkdir(path.join(dir, "app"));
  await mkdir(path.join(dir, "public"));
  for (const [file, text] of Object.entries(FILES)) await writeFile(path.join(dir, file), text);
  for (const file of SAME_FILES) await copyFile(path.join(REPO_ROOT, file.source), path.join(dir, file.source));
  await symlink(modules, path.join(dir, "node_modules"), "dir");
  const root = commonAncestor(await realpath(dir), modules);
  await writeFile(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

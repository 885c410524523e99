// Heading ids for an article, computed the same way for the table of contents (here, from the
// Markdown) and for the rendered body (the remark plugin below), so every TOC link finds its heading.
import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export type TocHeading = { id: string; text: string; depth: 2 | 3 };

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string" && node.type !== "html") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}

function headingsOf(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === "heading") found.push(node);
  else if ("children" in node) for (const child of node.children as Nodes[]) headingsOf(child, found);
  return found;
}

/** Gives every heading of the tree a GitHub-style id (`data.hProperties.id`) and returns them in order. */
export function assignHeadingIds(tree: Root): { node: Heading; id: string; text: string }[] {
  const slugger = new GithubSlugger();
  return headingsOf(tree).map((node) => {
    const text = textOf(node).trim();
    const id = slugger.slug(text);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    return { node, id, text };
  });
}

/** remark plugin for react-markdown: ids on headings, identical to `extractHeadings`. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    assignHeadingIds(tree);
  };
}

/** The second- and third-level headings of a Markdown text, for a table of contents. */
export function extractHeadings(markdown: string): TocHeading[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return assignHeadingIds(tree)
    .filter(({ node, text }) => (node.depth === 2 || node.depth === 3) && text.length > 0)
    .map(({ node, id, text }) => ({ id, text, depth: node.depth as 2 | 3 }));
}

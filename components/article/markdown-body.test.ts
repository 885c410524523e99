import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { extractHeadings } from "@/lib/articles/headings";
import { MarkdownBody } from "./markdown-body";

const render = (markdown: string) => renderToStaticMarkup(createElement(MarkdownBody, { markdown }));

describe("MarkdownBody", () => {
  it("never emits raw HTML from a body: a script tag is dropped, not run", () => {
    const html = render(
      'Before the cramp.\n\n<script>alert("owned")</script>\n\nInline <img src=x onerror="alert(1)"> tag and <b>bold</b>.\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/<b>/i);
    expect(html).toContain("Before the cramp.");
  });

  it("drops javascript: links but keeps the link text", () => {
    const html = render("[press here](javascript:alert(1)) and [calm](/learn/preventing-cramps)");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("press here");
    expect(html).toContain('href="/learn/preventing-cramps"');
  });

  it("renders Markdown structure, GFM tables and heading ids that match the table of contents", () => {
    const markdown = "## Why it happens\n\nText with **weight**.\n\n### Why it happens\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
    const html = render(markdown);
    expect(html).toContain("<strong");
    expect(html).toContain("<ul");
    expect(html).toContain("<table");
    const ids = extractHeadings(markdown).map((heading) => heading.id);
    expect(ids).toEqual(["why-it-happens", "why-it-happens-1"]);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
  });

  it("keeps the page's single h1: a top-level heading in a body renders as h2", () => {
    expect(render("# Big title\n\ntext")).not.toContain("<h1");
  });
});

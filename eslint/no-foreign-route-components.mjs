// A route's `_components` folder is private to that route: only files under the folder's parent may
// import from it. Parts two routes share belong in components/ (markup) or lib/ (data).
import path from "node:path";

/** @type {import("eslint").Rule.RuleModule} */
export const noForeignRouteComponents = {
  meta: {
    type: "problem",
    docs: { description: "Forbid importing another route's _components" },
    messages: {
      foreign: "'{{source}}' is private to {{owner}}/. Move what both routes share to components/ (markup) or lib/ (data).",
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.includes("_components")) return;
      let target;
      if (source.startsWith("@/")) target = path.join(root, source.slice(2));
      else if (source.startsWith(".")) target = path.resolve(path.dirname(file), source);
      else return;
      const marker = `${path.sep}_components`;
      const at = target.indexOf(marker);
      if (at < 0) return;
      const owner = target.slice(0, at);
      if (file.startsWith(owner + path.sep)) return;
      context.report({ node: node.source, messageId: "foreign", data: { source, owner: path.relative(root, owner) } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

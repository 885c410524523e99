// What an audited change changed: the top-level fields whose values differ between before and after,
// each shown as text. Pure, so the audit page can show a short diff without knowing every entity's shape.
export type AuditChange = { field: string; before: string; after: string };

function show(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined) return "—";
  if (value === null) return "empty";
  let text = typeof value === "string" ? value : JSON.stringify(value);
  // Records name products by id (stable); the reader sees their names.
  for (const [id, name] of names) if (text.includes(id)) text = text.split(id).join(name);
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}

export function diffAuditValues(before: unknown, after: unknown, names: ReadonlyMap<string, string> = new Map()): AuditChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: "value", before: show(before, names), after: show(after, names) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, before: show(from[field], names), after: show(to[field], names) }));
}

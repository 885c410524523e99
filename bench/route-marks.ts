// Reads the route table `next build` prints: "├ ○ /icon.svg", "│ └ ◐ /learn/[slug]", "├ ƒ /guide".
export type RouteMark = "static" | "partial" | "dynamic";

const MARKS: Record<string, RouteMark> = { "○": "static", "◐": "partial", "ƒ": "dynamic" };
const ROW = /^[\s│├└┌─]*([○◐ƒ])\s+(\/\S*)/;

export function parseRouteMarks(buildOutput: string): Map<string, RouteMark> {
  const marks = new Map<string, RouteMark>();
  for (const line of buildOutput.split("\n")) {
    const match = ROW.exec(line);
    if (match) marks.set(match[2], MARKS[match[1]]);
  }
  return marks;
}

/** The first preferred route the build prerendered as static content, else any static route without params. */
export function pickStaticRoute(marks: Map<string, RouteMark>, preference: string[]): string | null {
  const preferred = preference.find((route) => marks.get(route) === "static");
  if (preferred) return preferred;
  for (const [route, mark] of marks) if (mark === "static" && !route.includes("[") && route !== "/_not-found") return route;
  return null;
}

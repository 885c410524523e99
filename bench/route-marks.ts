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

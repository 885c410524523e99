export function ReadingTime({ minutes }: { minutes: number }) {
  return <span>{minutes} min read</span>;
}

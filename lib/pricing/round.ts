/** `cents * percent / 100`, rounded half up to the cent, in integer arithmetic (no float drift). */
export function percentOfCents(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}

// Answers that must not tell whether an account exists also must not take a telling amount of time:
// the work differs (a mail is written only for a real account), so the answer waits for a fixed floor.

export async function withMinimumDuration<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  const left = minimumMs - (Date.now() - started);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  return result;
}

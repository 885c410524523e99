export type CountdownParts = { days: number; hours: number; minutes: number; seconds: number };

/** Whole days, hours, minutes and seconds left until `endsAt`; all zero once it has passed. */
export function countdownParts(endsAt: number, now: number): CountdownParts {
  const total = Math.max(0, Math.floor((endsAt - now) / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** "2 days, 4 hours and 5 minutes" style wording for screen readers and the banner. */
export function countdownWords({ days, hours, minutes, seconds }: CountdownParts): string {
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const parts =
    days > 0
      ? [unit(days, "day"), unit(hours, "hour")]
      : hours > 0
        ? [unit(hours, "hour"), unit(minutes, "minute")]
        : [unit(minutes, "minute"), unit(seconds, "second")];
  return parts.join(" and ");
}

export const pad = (value: number) => String(value).padStart(2, "0");

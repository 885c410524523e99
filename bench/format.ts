// Number formats shared by the report and its notes.
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);
export const times = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : "n/a");
export const percent = (value: number, reference: number) => (reference > 0 ? `${Math.round((value / reference) * 100)}%` : "n/a");
export const whole = (value: number) => Math.round(value).toLocaleString("en-US");
export const MARK_SYMBOL = { static: "○", partial: "◐", dynamic: "ƒ" } as const;
export const markOf = (mark: keyof typeof MARK_SYMBOL | null) => (mark ? MARK_SYMBOL[mark] : "?");

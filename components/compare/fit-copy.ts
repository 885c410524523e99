// The comparison's words for how each device fits the guide's answers. The rules live in lib/guide (codes only).
import type { LessFitReason } from "@/lib/guide";

export const BEST_FIT_LABEL = "Best fit for your answers";

export const LESS_FIT_TEXT: Record<LessFitReason, string> = {
  "for-severe": "Made for severe cramps: more than mild or moderate ones need.",
  "for-milder": "A massage gun for milder cramps; severe ones need focused ultrasound.",
  "for-occasional": "Fewer speeds and a shorter battery than regular sessions call for.",
  "for-frequent": "More speeds and battery than cramps now and then need, for more money.",
};

import type { CrampSeverity } from "@/lib/catalog";

/** Which cramps a device is made for, in the words the shop uses everywhere. */
export const SEVERITY_LABEL: Record<CrampSeverity, string> = {
  SEVERE: "Severe cramps",
  MILD_TO_MODERATE: "Mild to moderate cramps",
};

export const SEVERITY_EYEBROW: Record<CrampSeverity, string> = {
  SEVERE: "For severe cramps",
  MILD_TO_MODERATE: "For mild to moderate cramps",
};

// How each device fits a set of guide answers, for the comparison page: the guide's own pick is the best fit
// (recommend() decides, so the guide and the comparison never disagree) and every other device gets one reason
// it fits less well. Codes only; the page chooses the words.
import type { GuideAnswers } from "./answers";
import { recommend, type DeviceSlug } from "./recommend";

export const DEVICE_SLUGS: readonly DeviceSlug[] = ["us111", "ultragun", "ultragun-pro"];

/**
 * `for-severe`: the ultrasound unit when the cramps are mild or moderate (more than they need).
 * `for-milder`: a massage gun when the cramps are severe.
 * `for-occasional`: the UltraGun when mild or moderate cramps come weekly or more often.
 * `for-frequent`: the UltraGun PRO when mild or moderate cramps come now and then.
 */
export type LessFitReason = "for-severe" | "for-milder" | "for-occasional" | "for-frequent";

export type DeviceFit = { kind: "best" } | { kind: "less"; reason: LessFitReason };

function lessFitReason(device: DeviceSlug, best: DeviceSlug): LessFitReason {
  if (device === "us111") return "for-severe";
  if (best === "us111") return "for-milder";
  return device === "ultragun" ? "for-occasional" : "for-frequent";
}

export function deviceFit(answers: GuideAnswers): Record<DeviceSlug, DeviceFit> {
  const best = recommend(answers).device;
  const fit = (device: DeviceSlug): DeviceFit => (device === best ? { kind: "best" } : { kind: "less", reason: lessFitReason(device, best) });
  return { us111: fit("us111"), ultragun: fit("ultragun"), "ultragun-pro": fit("ultragun-pro") };
}

/** Whether a product slug is one of the devices the guide knows. */
export function isDeviceSlug(slug: string): slug is DeviceSlug {
  return (DEVICE_SLUGS as readonly string[]).includes(slug);
}

// The relief guide's rules, written out so they can be read and tested: answers in, advice out.
// Codes only; the page chooses the words.
import type { GuideAnswers } from "./answers";

export type DeviceSlug = "us111" | "ultragun" | "ultragun-pro";

/** Why the device was chosen. */
export type DeviceReason = "severe" | "frequent" | "occasional";

/**
 * `see-a-doctor`: cramps on most days (whatever their strength) are worth a medical check, shown prominently.
 * `mention`: severe cramps that come less often; a doctor can help if they keep returning.
 */
export type DoctorAdvice = "see-a-doctor" | "mention" | "none";

export type GuideRecommendation = {
  device: DeviceSlug;
  deviceReason: DeviceReason;
  doctor: DoctorAdvice;
  /** Article slugs in the order to read them. */
  articles: string[];
};

export const GUIDE_ARTICLES = {
  doctor: "when-to-see-a-doctor",
  night: "night-cramps-charley-horse",
  legTreatment: "treating-leg-cramps",
  legCauses: "leg-cramps-causes",
  handTreatment: "treating-hand-cramps",
  handCauses: "hand-cramps-causes",
  prevention: "preventing-cramps",
} as const;

export function recommend(answers: GuideAnswers): GuideRecommendation {
  const { where, severity, frequency, night } = answers;

  // Device: severe cramps -> the US111 ultrasound unit; mild or moderate ones that come weekly or
  // more often -> UltraGun PRO (built for regular sessions); occasional mild or moderate ones -> UltraGun.
  const deviceReason: DeviceReason =
    severity === "severe" ? "severe" : frequency === "rarely" ? "occasional" : "frequent";
  const device: DeviceSlug =
    deviceReason === "severe" ? "us111" : deviceReason === "frequent" ? "ultragun-pro" : "ultragun";

  const doctor: DoctorAdvice =
    frequency === "most-days" ? "see-a-doctor" : severity === "severe" ? "mention" : "none";

  const articles: string[] = [];
  if (doctor === "see-a-doctor") articles.push(GUIDE_ARTICLES.doctor);
  if (night === "yes") articles.push(GUIDE_ARTICLES.night);
  if (where === "legs" || where === "both") articles.push(GUIDE_ARTICLES.legTreatment, GUIDE_ARTICLES.legCauses);
  if (where === "hands" || where === "both") articles.push(GUIDE_ARTICLES.handTreatment, GUIDE_ARTICLES.handCauses);
  if (frequency !== "rarely") articles.push(GUIDE_ARTICLES.prevention);
  if (doctor === "mention") articles.push(GUIDE_ARTICLES.doctor);

  return { device, deviceReason, doctor, articles };
}

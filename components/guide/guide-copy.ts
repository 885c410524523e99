// The guide's words. The rules behind them live in lib/guide (codes only).
import type { DeviceReason, DoctorAdvice, GuideAnswerError, GuideField } from "@/lib/guide";

export const QUESTIONS: Record<GuideField, { legend: string; hint?: string; options: Record<string, string> }> = {
  where: {
    legend: "Where do your cramps happen?",
    options: { legs: "Legs or feet", hands: "Hands or forearms", both: "Both" },
  },
  severity: {
    legend: "How strong are they, usually?",
    hint: "Severe: the muscle stays locked and sore, and the pain stops you in your tracks.",
    options: { mild: "Mild", moderate: "Moderate", severe: "Severe" },
  },
  frequency: {
    legend: "How often do they come?",
    options: { rarely: "A few times a month or less", weekly: "About every week", "most-days": "Most days" },
  },
  night: {
    legend: "Do they wake you at night?",
    options: { yes: "Yes", no: "No" },
  },
};

export const ERROR_TEXT: Record<GuideAnswerError, string> = {
  missing: "Please choose an answer.",
  invalid: "That answer is not one of the choices. Please pick one below.",
};

export const DEVICE_REASON_TEXT: Record<DeviceReason, string> = {
  severe:
    "Your cramps are severe. The US111 uses focused therapeutic ultrasound, a gentle deep warmth meant for muscles that stay tight and sore after a hard cramp.",
  frequent:
    "Your cramps are mild to moderate but regular. The UltraGun PRO has more speeds, more heads and a longer battery, which suits frequent sessions.",
  occasional:
    "Your cramps are mild to moderate and occasional. The light, quiet UltraGun is enough to loosen a tight calf or forearm when one strikes.",
};

export const DOCTOR_TEXT: Record<Exclude<DoctorAdvice, "none">, { title: string; body: string }> = {
  "see-a-doctor": {
    title: "Please talk to a doctor",
    body: "Cramps on most days are worth a medical check. A doctor can look for causes such as medicines, mineral levels or circulation, and tell you whether a device is right for you. Use the guides and devices alongside that advice, not instead of it.",
  },
  mention: {
    title: "Keep a doctor in the loop",
    body: "Severe cramps that keep returning, or that come with swelling, numbness or weakness, deserve a doctor's opinion.",
  },
};

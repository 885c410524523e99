import type { SeedArticle } from "./types";

export const whenToSeeADoctor: SeedArticle = {
  slug: "when-to-see-a-doctor",
  title: "When to See a Doctor About Muscle Cramps",
  summary:
    "Most cramps are harmless, but some deserve a professional opinion. Here are the signs to watch for and what a doctor may want to check.",
  topics: ["doctor", "causes", "legs", "hands"],
  relatedProductSlugs: ["us111", "ultragun", "ultragun-pro"],
  body: `Nearly everyone gets a muscle cramp now and then, and most of the time there is nothing to worry about. Still, cramps can occasionally be a clue that something else needs attention. This page explains when it makes sense to get a professional opinion. It is general information, not a diagnosis, and it does not replace advice from your own doctor.

## Signs that deserve a check-up

Consider booking an appointment if your cramps:

- are **severe**, or leave the muscle sore for days
- happen **often**, or are becoming more frequent
- do not improve with stretching, fluids and rest
- disturb your sleep night after night
- began after starting a **new medicine** or changing a dose
- cause leg pain when walking that eases with rest and keeps returning
- come with **other symptoms**, such as those listed below

## Symptoms that need prompt attention

Seek medical help quickly if a cramp comes with any of the following:

- swelling, warmth or redness in the leg, especially in one calf
- numbness, tingling or weakness that does not go away
- changes in skin colour or temperature, or a cold, pale foot or hand
- muscle weakness or wasting
- signs of significant dehydration, such as confusion, dizziness or fainting

If you have chest pain, trouble breathing or sudden weakness on one side of the body, call emergency services.

## Conditions a doctor may want to rule out

Frequent cramps are sometimes linked to another health issue. Depending on your symptoms, a doctor may consider:

- **Diabetes**, which can affect nerves and circulation
- **Hypothyroidism** (an underactive thyroid)
- **Peripheral artery disease**, where narrowed arteries reduce blood flow to the legs
- **Kidney disease**, which can upset fluid and mineral balance
- **Nerve compression**, such as carpal tunnel syndrome in the hand
- **Low levels of minerals**, such as potassium, magnesium or calcium

They may ask about your routine, examine you and, if needed, arrange blood tests or other checks. For background, see [leg cramp causes](/learn/leg-cramps-causes) and [hand cramp causes](/learn/hand-cramps-causes).

## Medicines and supplements

Some medicines list muscle cramps as a possible side effect. If you think a medicine might be involved, raise it with your doctor or pharmacist. Please do not stop or change a prescribed medicine on your own.

Supplements need care too. Magnesium, calcium, potassium and vitamin D can each interact with medicines or be unsuitable for people with certain conditions, particularly kidney problems.

### If you are pregnant

Leg cramps are common during pregnancy. Magnesium has been studied as an option, but the evidence is still limited. Talk to your doctor or midwife before taking any supplement while pregnant.

## Getting the most from your appointment

A little preparation helps your doctor help you. It can be useful to note:

- when cramps happen, how long they last and which muscles are involved
- anything that seems to trigger or ease them
- all medicines and supplements you take
- other symptoms, even if they seem unrelated

## Where our devices fit

Massage and therapy devices can be a helpful part of home comfort care, but they are not a substitute for medical assessment or treatment. Our [UltraGun](/products/ultragun) and [UltraGun PRO](/products/ultragun-pro) may help relax tight muscles after mild to moderate cramps, and the [US111](/products/us111) ultrasound unit is designed for more severe cramping. If you have a medical condition, a pacemaker or other implant, are pregnant, or have a circulation problem, ask your doctor before using any of them. Do not use a device over areas that are swollen, numb or painful to touch while you wait to be seen.

For everyday self-care, see [treating leg cramps](/learn/treating-leg-cramps), [treating hand cramps](/learn/treating-hand-cramps) and [preventing cramps](/learn/preventing-cramps).
`,
};

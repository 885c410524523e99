import type { SeedArticle } from "./types";

export const treatingHandCramps: SeedArticle = {
  slug: "treating-hand-cramps",
  title: "Treating Hand Cramps: Home Care and Cause-Specific Options",
  summary:
    "Everyday home care for hand cramps, plus approaches matched to common causes such as low magnesium, dehydration, carpal tunnel and arthritis.",
  topics: ["hands", "treatment"],
  relatedProductSlugs: ["ultragun", "ultragun-pro"],
  body: `Hand cramps are often easy to manage at home, especially when they come from tired muscles or a long day of repetitive work. When they are linked to an underlying condition, the most helpful approach is the one that addresses that condition. This guide covers both.

## Home care that suits most people

These simple habits are a sensible starting point for most people:

- **Stretching.** Spread your fingers wide, hold, then make a loose fist. Gently bend your wrist forward and back. Repeat a few times, especially during breaks from typing or gripping.
- **Swimming.** Moving your hands through water is a low-strain way to keep them mobile.
- **Strength exercises.** Squeezing a soft ball or using a light resistance band can build endurance in the small hand muscles.
- **Drinking enough.** Keeping your fluids up supports normal muscle function.
- **Vitamin D.** Some people take a vitamin D supplement. Ask your doctor or pharmacist whether it suits you.

If you are not sure what is causing your cramps, [hand cramp causes](/learn/hand-cramps-causes) gives an overview.

## Treatment by cause

### Low magnesium

Adding magnesium-rich foods is a gentle first step: leafy greens, beans and lentils, and whole grains are all good choices. Some people use a magnesium supplement, or a combined magnesium and calcium product. If a supplement upsets your stomach, magnesium chelate is often easier to tolerate. Check with a doctor before starting one, particularly if you are pregnant or have kidney problems.

### Dehydration

For mild dehydration, sip water along with an electrolyte drink, such as a sports drink. You can also mix a simple rehydration drink at home:

- 1/2 teaspoon of salt
- 6 teaspoons of sugar
- 1 litre of clean water

Stir until fully dissolved and drink slowly. Seek medical help for signs of more serious dehydration, such as confusion, fainting or very little urine.

### Poor circulation

A doctor may suggest a structured exercise plan to improve blood flow. Any further treatment depends on why circulation is reduced in the first place.

### Carpal tunnel syndrome

Frequent rest breaks, avoiding tasks that trigger symptoms and a cool compress can all ease discomfort. Depending on severity, your doctor may also suggest a wrist splint, over-the-counter or prescription medicine, yoga, physical therapy or, in some cases, surgery.

### Stiff hand syndrome

This condition is associated with diabetes. Keeping blood glucose within your target range is central. Simple exercises, like tossing and catching a ball, can help stretch and strengthen the hand. Your doctor may also refer you to a physiotherapist.

### Rheumatoid arthritis

Treatment is guided by your doctor or specialist. Depending on your situation, it may involve:

- NSAIDs, short for nonsteroidal anti-inflammatory drugs
- corticosteroids, to calm inflammation
- DMARDs, or disease-modifying antirheumatic drugs, which aim to slow the condition
- surgery, in some cases

Please do not start or change these medicines without medical advice.

## Warmth, cold and rest

For a cramp from overuse, warmth can help tight muscles loosen, while a cool compress may feel better if the area is irritated or swollen. Whichever you choose, protect your skin and limit each session to a comfortable length. Resting the hand for a while gives it a chance to recover.

## When to get checked

See a doctor if your hand cramps are frequent, painful, getting worse, or come with numbness, tingling, weakness or swelling. Our page on [when to see a doctor](/learn/when-to-see-a-doctor) has more detail, and [preventing cramps](/learn/preventing-cramps) covers day-to-day habits.

## Massage support at home

For mild to moderate tightness in the forearm and the fleshy parts of the hand, a short session with the [UltraGun](/products/ultragun) or [UltraGun PRO](/products/ultragun-pro) on a low speed with a soft attachment may help relax the muscles. Avoid bony areas, the front of the wrist and any spot that is numb or inflamed.
`,
};

import type { SeedArticle } from "./types";

export const handCrampsCauses: SeedArticle = {
  slug: "hand-cramps-causes",
  title: "Hand Cramps: Common Causes and What They Can Mean",
  summary:
    "Why your fingers or palm suddenly lock up, from repetitive work and low fluids to nerve pressure and long-term health conditions.",
  topics: ["hands", "causes"],
  relatedProductSlugs: ["ultragun", "ultragun-pro"],
  body: `A hand cramp can turn a simple task into a struggle. Your fingers may curl, your palm may tighten, and gripping a pen, a phone or a steering wheel suddenly feels awkward. Most hand cramps fade within minutes, but understanding their causes can help you respond calmly and know when to look further.

## What a hand cramp feels like

During a cramp, one or more small muscles in the hand or fingers contract on their own and stay that way for a while. You might notice:

- fingers bending or stiffening in a fixed position
- a hard, tender knot in the palm or at the base of the thumb
- difficulty opening your hand fully until the cramp eases
- some lingering soreness afterwards

Because the hand has many small, busy muscles, even a brief cramp can be very noticeable.

## Everyday causes

### Overuse and repetitive motion

Hands do a great deal of fine, repeated work. Typing, writing, gaming, knitting, using tools or playing an instrument for long stretches can tire the muscles until they cramp. Gripping something tightly for a long time has a similar effect.

### Low fluids

Dehydration does not only affect the legs. When your body is short on fluid, the small muscles of the hand can cramp too, especially after sweating heavily or during illness.

### Mineral imbalance

**Potassium**, **magnesium** and **calcium** help muscles contract and then release. If your levels dip, your hands may be among the first places you notice it.

## Nerve compression

Nerves carry the messages that tell your hand muscles what to do. If a nerve is squeezed, those messages can become muddled. **Carpal tunnel syndrome** is a well-known example: a nerve passing through a narrow channel in the wrist becomes compressed. Alongside cramping, people often describe tingling, numbness or weakness in the thumb and first few fingers, sometimes worse at night.

If you notice those symptoms together, it is worth having them assessed rather than simply working through them.

## Health conditions linked to hand cramps

Some ongoing conditions can make cramps in the hands more likely:

- **Diabetes**, which can affect nerves and, over time, the tissues of the hand
- **Hypothyroidism**, an underactive thyroid that may bring muscle stiffness and aches
- **Kidney disease**, which can upset the balance of fluids and minerals in the body

Having one of these conditions does not mean every cramp is connected to it, and having cramps does not mean you have any of them. A doctor is the right person to sort that out.

## How the cause shapes the response

The best approach depends on what is behind the cramp. For a cramp brought on by overuse, resting the hand, gently stretching the fingers and applying warmth or a cool compress may be enough. When a medical condition is involved, treatment is aimed at that condition, and your doctor may suggest medicine, therapy or, occasionally, surgery.

You can read about practical steps in [treating hand cramps](/learn/treating-hand-cramps), and about reducing how often cramps happen in [preventing cramps](/learn/preventing-cramps). If your cramps are frequent, getting worse or come with numbness or weakness, see [when to see a doctor](/learn/when-to-see-a-doctor).

## A little help at home

For mild to moderate tightness in the forearm and hand after long periods of repetitive work, a gentle session with the [UltraGun](/products/ultragun) or [UltraGun PRO](/products/ultragun-pro) on a low setting may help relax the surrounding muscles. Keep pressure light on the small structures of the hand and wrist, and avoid areas that are numb, swollen or painful to touch.
`,
};

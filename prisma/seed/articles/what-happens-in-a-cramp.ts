import type { SeedArticle } from "./types";

export const whatHappensInACramp: SeedArticle = {
  slug: "what-happens-in-a-cramp",
  title: "What Happens Inside a Muscle During a Cramp",
  summary:
    "A simple look at how your brain, spinal cord and muscle fibres work together, and what changes when that teamwork briefly goes wrong.",
  topics: ["science", "causes"],
  relatedProductSlugs: ["ultragun", "ultragun-pro", "us111"],
  body: `Cramps can feel mysterious. A muscle that behaves perfectly well all day suddenly seizes up for no clear reason. Looking at how a healthy muscle contracts makes it easier to understand what is going on when it does not, and why most cramps settle down on their own.

## How a normal muscle movement works

Every movement you make, from lifting a cup to climbing stairs, starts as a message. Three parts of your body work together to deliver it:

1. **The brain** decides a muscle needs to act and sends out an electrical signal.
2. **The spinal cord** carries that signal down, acting like a main cable that links the brain to the rest of the body.
3. **Nerves** pass the message on to the muscle itself, releasing chemical messengers where nerve meets muscle.

The whole chain runs in a fraction of a second, and you are rarely aware of it.

## What happens inside the muscle

A muscle is made of many long fibres bundled together. Inside each fibre, special proteins slide past one another to make the fibre shorter. That shortening is what we call a contraction.

Chemicals in and around the muscle control this process. Minerals such as calcium, potassium and magnesium help switch contraction on and, just as importantly, help switch it off again. When the signal stops and the chemistry resets, the proteins let go and the fibre returns to its resting length.

In other words, a healthy muscle needs two things to go right: a clear signal to tighten, and a clean release afterwards.

## When the process is disrupted

A cramp happens when something interrupts that normal cycle. The muscle tightens hard without you choosing to, and then fails to release. Researchers do not fully agree on every detail, but several factors are known to make the system more likely to misfire:

- **Fatigue**, when muscles have worked harder or longer than they are used to
- **Fluid loss**, which can affect the environment the muscle works in
- **Mineral imbalance**, which can upset the on and off switches described above
- **Nerve irritation or compression**, which can distort the signals reaching the muscle
- **Reduced blood flow**, which limits oxygen and slows the clearing of waste

You can read more about specific triggers in our guides to [leg cramp causes](/learn/leg-cramps-causes) and [hand cramp causes](/learn/hand-cramps-causes).

## Why most cramps pass quickly

In most cases, the disruption is short-lived. Within a few minutes the signals calm down, the chemistry rebalances and the muscle lets go. That is why gently stretching the muscle often helps: it encourages the fibres back toward their resting length while the system resets.

Afterwards, the muscle may feel tender or tired for a while. That is common and usually eases over the following hours.

## Twitching and other sensations

Some people notice small, flickering movements under the skin before or after a cramp. This twitching can show up when you are at rest, or shortly after a muscle has been working. On its own, occasional twitching is usually not a concern.

If twitching is constant, spreads, or comes with weakness or numbness, it is a good idea to mention it to a doctor. Our page on [when to see a doctor](/learn/when-to-see-a-doctor) explains what to look out for.

## Putting it into practice

Understanding the mechanics helps explain why simple steps such as stretching, warmth, fluids and massage are so often recommended: each one supports the muscle in releasing and recovering. See [treating leg cramps](/learn/treating-leg-cramps) for a step-by-step approach.

Massage devices can be one part of that routine. The [UltraGun](/products/ultragun) and [UltraGun PRO](/products/ultragun-pro) may help relax tight muscles after mild to moderate cramps, while the [US111](/products/us111) ultrasound unit is intended for more severe, persistent tightness. None of them change the underlying cause, so they work best alongside good habits and medical advice where needed.
`,
};

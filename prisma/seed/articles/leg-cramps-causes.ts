import type { SeedArticle } from "./types";

export const legCrampsCauses: SeedArticle = {
  slug: "leg-cramps-causes",
  title: "Leg Cramps: What They Are and Why They Happen",
  summary:
    "A plain guide to leg cramps: what they feel like, where they strike, and the everyday habits and health conditions that can make them more likely.",
  topics: ["legs", "causes"],
  relatedProductSlugs: ["ultragun", "ultragun-pro", "us111"],
  body: `A leg cramp arrives without warning. One moment you are walking, resting or asleep, and the next a muscle locks tight and refuses to let go. The good news is that most leg cramps are harmless and pass on their own. Knowing what tends to set them off can help you spot patterns and, in many cases, make them less frequent.

## What a leg cramp is

A cramp is a muscle tightening that you did not ask for and cannot simply switch off. In the leg, it can hit the thigh, the foot or the shin area, but the calf is by far the most familiar spot. The muscle may feel hard to the touch, and the pain can range from a mild pull to something sharp enough to stop you in your tracks.

Most episodes are short. Even so, a strong cramp can leave the muscle feeling sore or bruised for a while afterwards.

## Common everyday causes

Several ordinary factors are linked with leg cramps. Often more than one is at play at the same time.

### Not drinking enough

Muscles rely on a steady supply of fluid to work smoothly. When you are low on fluids, for example after a hot day, a long workout or an illness, cramps become more likely.

### Low minerals (electrolytes)

Your muscles use minerals such as **potassium**, **magnesium** and **calcium** to contract and release properly. When levels of any of these drop too low, the normal rhythm can falter and a cramp may follow. Heavy sweating, some diets and certain medicines can all shift these levels.

### Overuse and strain

Pushing your legs harder or longer than usual is a classic trigger. The same goes for asking your muscles to do something unfamiliar, such as a new sport, a steep hike or a sudden jump in training. Tired muscles are more prone to misfire.

### Reduced blood flow

Your leg muscles need a good flow of blood to deliver oxygen and clear away waste. When circulation is poor, the muscles can cramp, sometimes during activity and sometimes at rest.

## Medicines and health conditions

Some cramps have a less obvious source.

- **Medications.** A number of prescription drugs list muscle cramps as a possible side effect. If your cramps began or worsened after starting a new medicine, mention it to your doctor or pharmacist. Do not stop a prescribed medicine on your own.
- **Diabetes.** This condition can affect nerves and circulation, both of which play a part in how muscles behave.
- **Hypothyroidism.** An underactive thyroid can be associated with muscle aches, stiffness and cramps.
- **Peripheral artery disease.** Narrowed arteries reduce blood flow to the legs, which can lead to cramping pain, often when walking.

This list is not a way to diagnose yourself. It is simply a reminder that frequent cramps sometimes point to something worth checking.

## When a cramp is more than a nuisance

For most people, an occasional leg cramp is just an unpleasant moment. Gentle stretching and a little patience usually see it through. It is a good idea to speak with a doctor if your cramps are severe, happen often, or come with other symptoms such as swelling, redness, numbness, weakness or skin changes. A professional can help rule out an underlying problem. Our guide on [when to see a doctor](/learn/when-to-see-a-doctor) covers this in more detail.

## Easing tight leg muscles

Once you know what might be behind your cramps, you can focus on relief and prevention. Stretching, warmth, fluids and massage all have a place, and we walk through each one in [treating leg cramps](/learn/treating-leg-cramps) and [preventing cramps](/learn/preventing-cramps).

If you would like a hand with massage at home, a percussive massager such as the [UltraGun](/products/ultragun) or the [UltraGun PRO](/products/ultragun-pro) may help relax tight muscles after mild to moderate cramps. For more intense, stubborn cramping, the [US111](/products/us111) therapeutic ultrasound unit is designed for deeper, targeted sessions. These devices support comfort; they do not replace medical advice.
`,
};

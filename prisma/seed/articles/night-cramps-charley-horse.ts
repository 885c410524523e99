import type { SeedArticle } from "./types";

export const nightCrampsCharleyHorse: SeedArticle = {
  slug: "night-cramps-charley-horse",
  title: "Night Leg Cramps and the Charley Horse",
  summary:
    "Why calf cramps so often wake you at night, what to do in those first painful seconds, and simple habits that may help you sleep more soundly.",
  topics: ["legs", "night", "treatment"],
  relatedProductSlugs: ["ultragun", "ultragun-pro", "us111"],
  body: `Few things jolt you awake quite like a cramp in the calf. The muscle seizes, your foot may point downward, and it can take a moment to work out what is happening. These night-time cramps are common and usually harmless, though they can certainly spoil a good night's rest.

## What these terms mean

The term **nocturnal leg cramp** describes any leg cramp that comes on at night, usually during sleep or while you lie in bed. It most often affects the calf, but the thigh or foot can be involved too.

A **charley horse** is an everyday name for a cramp in the calf muscle, whether it happens during the day or at night. Nobody is quite sure where the name came from, but most people recognise the feeling straight away.

## Why cramps like to strike at night

There is no single answer, and the reasons can vary from person to person. Some factors that may play a part:

- **Position.** Lying with your toes pointed leaves the calf in a shortened position for hours, which may make it easier for the muscle to tighten.
- **A busy day.** Long hours on your feet, a new exercise routine or an unusually active day can leave muscles tired.
- **Fluids and minerals.** Going to bed a little dehydrated, or being low in minerals such as magnesium or potassium, may contribute.
- **Other factors.** Certain medicines and some health conditions are linked with cramps. See [leg cramp causes](/learn/leg-cramps-causes) for an overview.

## What to do when a cramp wakes you

In the moment, the aim is to lengthen the calf gently until it releases.

1. **Get up carefully.** Swing your legs out of bed and stand, holding onto something steady if needed.
2. **Load the leg slowly.** Let your weight settle onto the cramping leg a little at a time.
3. **Press the heel down.** Keeping the heel on the floor stretches the calf. You can also step the other foot forward slightly, as if starting a lunge, to deepen the stretch.
4. **Hold and breathe.** Stay there for several seconds, then relax and repeat if the muscle is still tight.

If standing is not possible, sit up with your leg straight and pull your toes toward you, using a towel or your hand. Rubbing the calf with firm, slow strokes can help as well.

## Afterwards: settling the muscle

Once the cramp has passed, the muscle may feel sore. A few things may help you get back to sleep comfortably:

- **Warmth.** A heating pad on its lowest setting, or a warm shower, can ease leftover tightness. Switch the pad off before you fall asleep.
- **A short walk.** A minute of gentle walking around the room can help the muscle relax fully.
- **A glass of water.** Especially if you suspect you went to bed short on fluids.

## Habits that may help you sleep through

Night cramps cannot always be prevented, but some habits are worth trying:

- Drink regularly through the day, rather than a large amount right before bed.
- Include magnesium-rich foods such as nuts, seeds and leafy greens. If you are pregnant or take medication, talk to your doctor before trying a supplement.
- Stretch your calves gently for a few minutes before bed.
- Avoid tightly tucked bedding that pushes your toes downward.

More ideas are in [preventing cramps](/learn/preventing-cramps) and [treating leg cramps](/learn/treating-leg-cramps).

## When to seek advice

If night cramps are frequent, severe or come with swelling, numbness, weakness or skin changes, speak to a doctor. See [when to see a doctor](/learn/when-to-see-a-doctor) for guidance.

For an evening wind-down routine, a gentle calf session with the [UltraGun](/products/ultragun) or [UltraGun PRO](/products/ultragun-pro) may help relax muscles prone to mild to moderate cramps. If you deal with severe, recurring calf cramps, the [US111](/products/us111) ultrasound unit is designed for more targeted sessions. Never use a device while drowsy or asleep.
`,
};

import type { SeedArticle } from "./types";

export const preventingCramps: SeedArticle = {
  slug: "preventing-cramps",
  title: "How to Prevent Leg and Hand Cramps",
  summary:
    "Everyday habits that may reduce how often cramps strike, from fluids and a mineral-rich diet to warming up, taking breaks and stretching before bed.",
  topics: ["prevention", "legs", "hands"],
  relatedProductSlugs: ["ultragun", "ultragun-pro", "us111"],
  body: `There is no guaranteed way to stop every cramp, but small daily habits can make a real difference for many people. The ideas below apply to both legs and hands. Try a few at a time and notice what seems to help you most.

## Keep your fluids up

Muscles work best when your body is well hydrated. A few practical tips:

- Keep a water bottle nearby and sip through the day rather than drinking a lot at once.
- Drink more on hot days, during illness and around exercise.
- After long or sweaty workouts, an electrolyte drink can replace minerals as well as water.
- Pale yellow urine is a rough sign that you are drinking enough.

If you have heart or kidney problems, ask your doctor how much fluid is right for you.

## Eat for your muscles

Potassium, magnesium and calcium all help muscles tighten and release normally. A varied diet is the simplest way to cover them:

- **Magnesium:** nuts, seeds, leafy greens, beans and whole grains
- **Potassium:** bananas, potatoes, beans, yoghurt and many fruits and vegetables
- **Calcium:** dairy products, fortified plant milks, tinned fish with bones and some greens

Supplements can be useful for some people, but they are not right for everyone. Check with a doctor or pharmacist first, especially if you are pregnant, have kidney disease or take regular medication.

## Warm up and build up gradually

Overworked muscles are more likely to cramp, so pacing matters.

### Before activity

Spend five to ten minutes warming up with easy movement, such as brisk walking, light cycling or arm circles, before you get into anything demanding.

### Increase slowly

When starting a new sport or training plan, raise the distance, weight or intensity a little at a time. Give your body rest days so muscles can recover.

### Cool down

Finish with a few minutes of gentle movement and stretching rather than stopping suddenly.

## Give your hands a break

Repetitive tasks are a common trigger for hand cramps. To lighten the load:

- Take a short pause every 20 to 30 minutes when typing, writing, crafting or using tools.
- During each break, open and close your hands, spread your fingers and roll your wrists.
- Loosen your grip where you can, and choose pens or tools with thicker, padded handles.
- Set up your desk so your wrists stay fairly straight while you work.

For more on hand-specific triggers, see [hand cramp causes](/learn/hand-cramps-causes).

## Stretch before bed

If night cramps are your main problem, a short stretching routine in the evening may help.

- **Calf stretch:** stand facing a wall, step one foot back and press that heel into the floor. Hold for 20 to 30 seconds, then switch sides.
- **Hamstring stretch:** sit with one leg straight and reach gently toward your toes.
- **Hand stretch:** press your palms together in front of your chest and lower them slowly until you feel a gentle stretch.

Keep each stretch comfortable. Our guide to [night cramps and the charley horse](/learn/night-cramps-charley-horse) has more tips for sleeping through.

## Make massage a habit

If cramps keep returning despite these steps, regular massage may help keep muscles relaxed. That might be a professional session now and then, or a few minutes of self-massage most days.

A percussive massager such as the [UltraGun](/products/ultragun) or [UltraGun PRO](/products/ultragun-pro) can make a home routine easier for people with mild to moderate cramps, and may help relax tight calves, thighs and forearms. For severe cramping, the [US111](/products/us111) ultrasound unit offers a more focused option. If cramps are frequent or severe despite good habits, read [when to see a doctor](/learn/when-to-see-a-doctor).
`,
};

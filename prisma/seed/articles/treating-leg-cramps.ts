import type { SeedArticle } from "./types";

export const treatingLegCramps: SeedArticle = {
  slug: "treating-leg-cramps",
  title: "How to Ease a Leg Cramp: Simple Steps That Help",
  summary:
    "Practical ways to calm a leg cramp in the moment and recover afterwards, including stretching, warmth, magnesium, fluids and massage.",
  topics: ["legs", "treatment"],
  relatedProductSlugs: ["ultragun", "ultragun-pro", "us111"],
  body: `When a leg cramp strikes, the first instinct is often to tense up. Try to do the opposite. A few calm, simple steps can help the muscle let go sooner and leave you feeling more comfortable afterwards. None of these are a guaranteed fix, but together they give your muscles the best chance to settle.

## In the moment: stop, stretch and hold

First, pause whatever you were doing. If a run, a climb or a long stretch on your feet brought the cramp on, carrying on will usually make it worse.

Next, stretch the tight muscle gently:

- **Calf:** straighten your leg and pull your toes up toward your shin, using a towel or your hand if needed.
- **Front of the thigh:** stand holding a chair for balance, bend your knee and bring your heel toward your buttock.
- **Back of the thigh:** sit with the leg straight and lean forward slowly from the hips.

Hold the stretch for several seconds, breathe steadily, then ease off and repeat if needed. Stretch to the point of a firm pull, not sharp pain.

## Massage and movement

Rubbing the muscle can help it relax, either while you stretch or once the worst has passed. Use your palm or thumbs with firm, slow strokes along the length of the muscle.

Gentle movement helps too. Walking around for a minute or two seems to remind the muscle that it is time to release. Keep your steps slow and even.

If you wake at night with a calf cramp, our guide to [night cramps and the charley horse](/learn/night-cramps-charley-horse) explains a simple standing technique.

## Warmth after the cramp

Once the muscle has loosened, heat can soothe lingering tightness.

### Heating pad

A heating pad is an easy form of dry heat. Begin on the **lowest setting** and only turn it up if you are not feeling any benefit. Do not fall asleep with it on, and protect your skin with a layer of cloth.

### Warm bath or soak

Many people find a hot bath or soak relaxing for sore legs, with or without **Epsom salts** (magnesium sulphate) added. Some trainers and physical therapists also suggest applying Epsom salt solution to the muscle with a warm, damp cloth. Evidence for absorbing magnesium through the skin is limited, but the warmth alone is often welcome.

## Magnesium in your diet

If you get leg cramps fairly often and they are not linked to another condition, it may be worth looking at your magnesium intake. Good food sources include:

- nuts, such as almonds and cashews
- seeds, such as pumpkin and sunflower seeds
- leafy greens, beans and whole grains

Magnesium has been explored as an option for cramps during pregnancy, but the research is still limited. **If you are pregnant, check with your doctor first before you start a magnesium supplement.** The same applies if you have kidney problems or take regular medication.

## Fluids and electrolytes

Topping up your fluids is slower to work than stretching, yet it may help prevent the next cramp. Plain water is a good start. After heavy sweating, an electrolyte drink can help replace minerals as well as fluid. For longer-term habits, see [preventing cramps](/learn/preventing-cramps).

## If cramps keep coming back

If you have tried the steps above and still get regular cramps, regular massage may help your muscles stay more relaxed between episodes. That could mean sessions with a massage therapist or a consistent routine at home.

For mild to moderate cramps, the [UltraGun](/products/ultragun) or the more powerful [UltraGun PRO](/products/ultragun-pro) may help relax tight calves and thighs as part of that routine. For severe, stubborn cramping, the [US111](/products/us111) therapeutic ultrasound unit offers a more focused option. If your cramps are severe, frequent or come with other symptoms, please read [when to see a doctor](/learn/when-to-see-a-doctor) first.
`,
};

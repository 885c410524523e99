export const productCopy: Record<
  "us111" | "ultragun" | "ultragun-pro",
  {
    tagline: string;
    description: string /* Markdown, 120-250 words, no HTML */;
    bestFor: string /* one sentence on which cramps it suits */;
  }
> = {
  us111: {
    tagline: "Focused ultrasound therapy for severe, stubborn cramps.",
    description: `The **US111** is a portable therapeutic ultrasound unit for people whose cramps are more than an occasional nuisance. It delivers gentle sound-wave energy at a therapeutic frequency (1 MHz) through a handheld applicator, creating a mild, deep warmth that may help relax tight muscles and ease lingering soreness after a severe cramp.

**Key features**

- 1 MHz therapeutic ultrasound applicator
- Adjustable intensity, so you can start low and increase gradually
- Built-in session timer with automatic stop
- Compact, portable design for use at home or on the go

**Using it well**

Apply a layer of ultrasound gel, keep the applicator moving in slow circles over the muscle, and follow the session times in the user guide. The US111 is a comfort device and does not treat the underlying cause of cramps.

Please check with your doctor before use if you are pregnant, have a pacemaker or other implant, have a circulation or bleeding disorder, or have cancer. Do not use it over the eyes, the front of the neck, broken skin, or areas that are numb or swollen. If your cramps are severe or frequent, see a doctor as well.`,
    bestFor:
      "Best for severe or persistent leg and hand cramps that need a more focused, deeper approach than massage alone.",
  },
  ultragun: {
    tagline: "Easy percussive massage for everyday muscle tightness.",
    description: `The **UltraGun** is a lightweight, rechargeable massage gun designed for quick relief at home, at work or after exercise. Rapid, gentle pulses of percussive massage work into tight muscles and may help them relax after mild to moderate cramps.

**Key features**

- Several speed settings, from gentle to firm
- Interchangeable massage heads for larger and smaller muscle groups
- Rechargeable battery and a quiet motor
- Compact size that fits easily in a gym bag or drawer

**Using it well**

Start on the lowest speed and glide the head slowly over the muscle for a minute or two at a time. It works well on calves, thighs and forearms, and with a light touch on the fleshy parts of the hand. Avoid bones, joints, the front of the neck and any area that is bruised, swollen, numb or injured.

The UltraGun supports comfort and recovery; it does not treat the underlying cause of cramps. If you are pregnant, have a circulation problem or a medical condition, check with your doctor first, and see one if your cramps are frequent or severe.`,
    bestFor:
      "Best for mild to moderate cramps and everyday muscle tightness in the legs, arms and hands.",
  },
  "ultragun-pro": {
    tagline: "More power, more attachments, longer sessions.",
    description: `The **UltraGun PRO** builds on the UltraGun with a stronger motor and extra flexibility for people who massage often. Its percussive action may help relax tight muscles after mild to moderate cramps, whether you train regularly, stand all day or spend long hours at a keyboard.

**Key features**

- More speed settings than the standard UltraGun, from very gentle to deep
- A larger set of interchangeable heads for targeting different muscles
- Longer-lasting rechargeable battery for more sessions between charges
- Sturdy, ergonomic grip with a carry case for travel

**Using it well**

Begin on a low speed and a soft head, then adjust to what feels comfortable. Move slowly over the muscle for short sessions and avoid bones, joints, the front of the neck and any area that is bruised, swollen, numb or injured. The extra power is there when you need it; more is not always better.

The UltraGun PRO supports comfort and recovery but does not treat the cause of cramps. If you are pregnant, have a circulation problem or a medical condition, ask your doctor before use, and seek advice if cramps are frequent or severe.`,
    bestFor:
      "Best for mild to moderate cramps when you want more speed options, more attachments and longer battery life than the standard UltraGun.",
  },
};

-- Every device answers the same specification rows (lib/catalog/spec-keys.ts): `products.specs` changes from
-- free-form [{"label", "value"}] rows to one object of the canonical keys. Rows whose label names a key move under
-- it (the old labels "Intensity", "Speeds" and "Power" included); rows naming no key are dropped (the seeded
-- "Heads" now sits in "In the box"). The three seeded devices, when their rows are still the seed's, get the
-- seed's new values (prisma/seed/products.ts); when an editor changed them, the editor's rows win and the seed
-- fills only the keys they lack. Rows already in the new shape are left alone, so a second run changes nothing.
WITH "seeded" ("slug", "old", "new") AS (
  VALUES
    ('us111', '[{"label": "Therapy", "value": "Therapeutic ultrasound, 1 MHz"}, {"label": "Intensity", "value": "Adjustable, 5 levels"}, {"label": "Session timer", "value": "5, 10 or 15 minutes with auto stop"}, {"label": "Power", "value": "Rechargeable battery, USB-C charging"}, {"label": "Weight", "value": "310 g (control unit and applicator)"}, {"label": "In the box", "value": "Control unit, applicator, gel, pouch, guide"}, {"label": "Warranty", "value": "2 years"}]'::jsonb, '{"therapy": "Therapeutic ultrasound, 1 MHz", "intensity": "5 levels", "sessionTimer": "5, 10 or 15 minutes, stops by itself", "battery": "Rechargeable, USB-C charging", "weight": "310 g (control unit and applicator)", "inTheBox": "Control unit, applicator, gel, pouch, guide", "warranty": "2 years", "askDoctorFirst": "You are pregnant, have a pacemaker or other implant, a circulation or bleeding disorder, or cancer"}'::jsonb),
    ('ultragun', '[{"label": "Therapy", "value": "Percussive massage"}, {"label": "Speeds", "value": "3"}, {"label": "Heads", "value": "4 interchangeable"}, {"label": "Battery", "value": "Up to 3 hours per charge"}, {"label": "Weight", "value": "650 g"}, {"label": "Warranty", "value": "1 year"}]'::jsonb, '{"therapy": "Percussive massage", "intensity": "3 speeds", "sessionTimer": "Stops by itself after 10 minutes", "battery": "Up to 3 hours per charge", "weight": "650 g", "inTheBox": "Gun, 4 interchangeable heads, charging cable", "warranty": "1 year", "askDoctorFirst": "You are pregnant, have a circulation problem or another medical condition"}'::jsonb),
    ('ultragun-pro', '[{"label": "Therapy", "value": "Percussive massage"}, {"label": "Speeds", "value": "6"}, {"label": "Heads", "value": "6 interchangeable"}, {"label": "Battery", "value": "Up to 6 hours per charge"}, {"label": "Weight", "value": "720 g"}, {"label": "In the box", "value": "Gun, heads, carry case, charger"}, {"label": "Warranty", "value": "2 years"}]'::jsonb, '{"therapy": "Percussive massage", "intensity": "6 speeds", "sessionTimer": "Stops by itself after 10 minutes", "battery": "Up to 6 hours per charge", "weight": "720 g", "inTheBox": "Gun, 6 interchangeable heads, carry case, charger", "warranty": "2 years", "askDoctorFirst": "You are pregnant, have a circulation problem or another medical condition"}'::jsonb)
), "labels" ("label", "key") AS (
  VALUES
    ('therapy', 'therapy'),
    ('intensity', 'intensity'),
    ('intensity levels', 'intensity'),
    ('speeds', 'intensity'),
    ('session timer', 'sessionTimer'),
    ('battery', 'battery'),
    ('power', 'battery'),
    ('weight', 'weight'),
    ('in the box', 'inTheBox'),
    ('warranty', 'warranty'),
    ('ask a doctor first if…', 'askDoctorFirst')
), "mapped" AS (
  SELECT p."id", p."slug",
         COALESCE(
           jsonb_object_agg(l."key", btrim(r ->> 'value')) FILTER (WHERE l."key" IS NOT NULL AND COALESCE(btrim(r ->> 'value'), '') <> ''),
           '{}'::jsonb
         ) AS "specs"
  FROM "products" p
  LEFT JOIN LATERAL jsonb_array_elements(p."specs") AS r ON true
  LEFT JOIN "labels" l ON l."label" = lower(btrim(r ->> 'label'))
  WHERE jsonb_typeof(p."specs") = 'array'
  GROUP BY p."id", p."slug"
)
UPDATE "products" p
SET "specs" = CASE WHEN s."old" = p."specs" THEN s."new" ELSE COALESCE(s."new", '{}'::jsonb) || m."specs" END
FROM "mapped" m
LEFT JOIN "seeded" s ON s."slug" = m."slug"
WHERE p."id" = m."id";

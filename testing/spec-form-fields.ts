// A full set of the product form's spec fields (`specs.<key>`, lib/catalog/spec-keys.ts), as a browser sends them.
export const SPEC_FORM_FIELDS = {
  "specs.therapy": "Percussive massage",
  "specs.intensity": " 3 speeds ",
  "specs.sessionTimer": "Stops after 10 minutes",
  "specs.battery": "Up to 2 hours per charge",
  "specs.weight": "450 g",
  "specs.inTheBox": "Gun, 2 heads",
  "specs.warranty": "1 year",
  "specs.askDoctorFirst": "You are pregnant",
};

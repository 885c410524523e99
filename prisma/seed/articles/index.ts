import type { SeedArticle } from "./types";
import { legCrampsCauses } from "./leg-cramps-causes";
import { handCrampsCauses } from "./hand-cramps-causes";
import { whatHappensInACramp } from "./what-happens-in-a-cramp";
import { treatingLegCramps } from "./treating-leg-cramps";
import { treatingHandCramps } from "./treating-hand-cramps";
import { nightCrampsCharleyHorse } from "./night-cramps-charley-horse";
import { preventingCramps } from "./preventing-cramps";
import { whenToSeeADoctor } from "./when-to-see-a-doctor";

export type { SeedArticle } from "./types";

export const seedArticles: SeedArticle[] = [
  legCrampsCauses,
  handCrampsCauses,
  whatHappensInACramp,
  treatingLegCramps,
  treatingHandCramps,
  nightCrampsCharleyHorse,
  preventingCramps,
  whenToSeeADoctor,
];

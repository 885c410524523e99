import { contact } from "./contact";
import { privacy } from "./privacy";
import { returns } from "./returns";
import { shipping } from "./shipping";
import { terms } from "./terms";
import type { SeedPolicyPage } from "./types";
import { warranty } from "./warranty";

export type { SeedPolicyPage } from "./types";

/** One page per policy slug, in the footer's order. */
export const seedPolicyPages: SeedPolicyPage[] = [shipping, returns, warranty, privacy, terms, contact];

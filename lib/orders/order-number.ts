import { randomInt } from "node:crypto";

// No 0/O or 1/I/L: order numbers are read out over the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newOrderNumber(): string {
  let suffix = "";
  for (let i = 0; i < 8; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `UC-${suffix}`;
}

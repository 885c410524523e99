/**
 * Splits `amountCents` over `weights` in proportion to them, in whole cents, so that the parts sum
 * exactly to `amountCents` (largest-remainder method). Ties go to the larger weight, then the earlier one.
 * No part exceeds its weight when `amountCents` <= the sum of the weights.
 */
export function splitByLargestRemainder(amountCents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (amountCents === 0 || total === 0) return weights.map(() => 0);
  // BigInt keeps amount * weight exact however large the cart is.
  const amount = BigInt(amountCents);
  const sum = BigInt(total);
  const shares = weights.map((weight, index) => {
    const exact = amount * BigInt(weight);
    return { index, weight, part: Number(exact / sum), remainder: exact % sum };
  });
  let left = amountCents - shares.reduce((acc, share) => acc + share.part, 0);
  const byRemainder = [...shares].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.weight - a.weight ||
      a.index - b.index,
  );
  for (const share of byRemainder) {
    if (left === 0) break;
    share.part += 1;
    left -= 1;
  }
  return shares.map((share) => share.part);
}

// Serialization failures and deadlocks are normal under load; the work is retried inside the server
// a few times and never shown to a shopper as such.
const RETRYABLE = /\b(40001|40P01|P2034)\b|deadlock detected|could not serialize/i;

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; message?: string } | null;
  return RETRYABLE.test(`${e?.code ?? ""} ${e?.meta?.code ?? ""} ${e?.message ?? ""}`);
}

export async function withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

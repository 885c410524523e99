import { describe, expect, it } from "vitest";
import { isRetryable, withRetry } from "./retry";

const pgError = (code: string, message = "") => Object.assign(new Error(message || code), { code });

describe("withRetry", () => {
  it("retries serialization failures and deadlocks inside the server until the work succeeds", async () => {
    for (const error of [pgError("40001"), pgError("40P01"), { code: "P2034", message: "Transaction failed due to a write conflict or a deadlock" }, new Error("deadlock detected")]) {
      let calls = 0;
      const result = await withRetry(async () => {
        if (++calls < 3) throw error;
        return "done";
      });
      expect({ result, calls }).toEqual({ result: "done", calls: 3 });
    }
  });

  it("gives up after four tries and lets the last error through", async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw pgError("40001");
      }),
    ).rejects.toMatchObject({ code: "40001" });
    expect(calls).toBe(4);
  });

  it("does not repeat other failures: a refusal, or a connection lost mid-commit whose outcome is unknown", async () => {
    for (const error of [new Error("OUT_OF_STOCK"), pgError("57P01", "terminating connection due to administrator command"), pgError("23514", "check constraint")]) {
      let calls = 0;
      await expect(
        withRetry(async () => {
          calls++;
          throw error;
        }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
      expect(isRetryable(error)).toBe(false);
    }
  });
});

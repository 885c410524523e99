// What an owner reading the logs sees: one JSON object per line, and never a password, cookie, Stripe
// signature or key, card number or token, wherever in the logged data it hides.
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel } from "./logger";
import { REDACTED, scrubText } from "./redact";

function capture(level = "debug") {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const PASSWORD = "hunter2-correct-horse";
const SIGNATURE = `t=${Math.floor(Date.now() / 1000)},v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd`;
const CARD = "4242 4242 4242 4242";
const SESSION = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def";

describe("the logger", () => {
  it("writes one JSON object per line with an ISO time, a level word and the message", () => {
    const { logger, lines, records } = capture();
    logger.info({ orderId: "ord_1" }, "order paid");
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith("\n")).toBe(true);
    expect(records()[0]).toMatchObject({ level: "info", msg: "order paid", orderId: "ord_1", pid: process.pid });
    expect(new Date(records()[0].time as string).toISOString()).toBe(records()[0].time);
  });

  it("keeps records below the configured level out", () => {
    const { logger, lines } = capture("warn");
    logger.info("not shown");
    logger.warn("shown");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["shown"]);
  });

  it("never writes a password, a Stripe signature, cookies, card data or tokens, at any depth", () => {
    const { logger, lines, records } = capture();
    logger.error(
      {
        request: {
          method: "POST",
          headers: new Headers({
            authorization: `Bearer ${SESSION}`,
            cookie: `next-auth.session-token=${SESSION}; uc_cart=cart_1.sig`,
            "stripe-signature": SIGNATURE,
            "content-type": "application/json",
          }),
          body: { email: "ada@example.com", password: PASSWORD, card: { number: CARD, cvc: "123" } },
        },
        response: { headers: { "Set-Cookie": `next-auth.csrf-token=${SESSION}` } },
        credentials: { email: "ada@example.com", password: PASSWORD },
        nested: [{ deeper: { newPassword: PASSWORD, accessToken: "ya29.token-value", csrfToken: "csrf-value" } }],
      },
      "sign-in failed",
    );
    const text = lines.join("");
    for (const secret of [PASSWORD, SIGNATURE, "v1=5257a869", CARD, SESSION, "ya29.token-value", "csrf-value", "cart_1.sig", "123\""]) {
      expect(text).not.toContain(secret);
    }
    const record = records()[0] as { request: { headers: Record<string, string>; body: Record<string, unknown> } };
    // What is not secret stays readable, so the line is still useful.
    expect(record.request.headers["content-type"]).toBe("application/json");
    expect(record.request.body.email).toBe("ada@example.com");
    expect(record.request.headers["stripe-signature"]).toBe(REDACTED);
    expect(record.request.body.password).toBe(REDACTED);
  });

  it("scrubs secrets out of error messages, stacks, causes and the message itself", () => {
    const { logger, lines, records } = capture();
    const cause = new Error(`connect failed for postgresql://store:${PASSWORD}@db.internal:5432/shop`);
    const error = Object.assign(new Error(`No signatures found matching ${SIGNATURE} with whsec_abc123XYZ`, { cause }), {
      code: "E_SIG",
      header: SIGNATURE,
    });
    logger.error({ err: error }, `webhook refused for key sk_live_51Habcdef and card ${CARD.replaceAll(" ", "")}`);
    const text = lines.join("");
    for (const secret of [PASSWORD, SIGNATURE, "whsec_abc123XYZ", "sk_live_51Habcdef", CARD.replaceAll(" ", "")]) {
      expect(text).not.toContain(secret);
    }
    const record = records()[0] as { err: Record<string, unknown>; msg: string };
    expect(record.err).toMatchObject({ type: "Error", code: "E_SIG", header: REDACTED });
    expect(record.err.stack).toEqual(expect.stringContaining("Error: No signatures found matching [redacted]"));
    expect((record.err.cause as { message: string }).message).toBe("connect failed for postgresql://[redacted]@db.internal:5432/shop");
    expect(record.msg).toBe("webhook refused for key [redacted] and card [redacted]");
  });

  it("logs the Stripe SDK's own signature error without the header it was given", () => {
    const { logger, lines } = capture();
    const stripe = new Stripe("sk_test_x");
    let thrown: unknown;
    try {
      stripe.webhooks.constructEvent("{}", SIGNATURE, "whsec_test_secret");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    logger.warn({ err: thrown }, "stripe webhook: signature refused");
    expect(lines.join("")).not.toContain("5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd");
    expect(lines.join("")).not.toContain("whsec_test_secret");
  });

  it("redacts child-logger bindings too, and survives cycles", () => {
    const { logger, records } = capture();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    logger.child({ requestId: "req-1", token: "tok_secret" }).info({ loop }, "bound");
    expect(records()[0]).toMatchObject({ requestId: "req-1", token: REDACTED, loop: { name: "loop", self: "[circular]" } });
  });
});

describe("scrubText", () => {
  it("drops values written after a secret's name in free text (Prisma errors, query strings)", () => {
    const prisma = `Invalid \`prisma.user.create()\` invocation: { data: { email: "a@b.c", passwordHash: "$2b$10$abcdefghijklmnopqrstuuSomeHashValue0123456789abcdefghi" } }`;
    expect(scrubText(prisma)).toBe('Invalid `prisma.user.create()` invocation: { data: { email: "a@b.c", passwordHash: [redacted] } }');
    expect(scrubText("GET /api/auth/callback?token=abc123&email=a%40b.c")).toBe("GET /api/auth/callback?token=[redacted]&email=a%40b.c");
    expect(scrubText(`hash $2b$10$${"a".repeat(53)} leaked`)).toBe("hash [redacted] leaked");
    expect(scrubText("the CSRF token is missing")).toBe("the CSRF token is missing");
  });

  it("keeps order numbers, amounts, timestamps and ids that are not card numbers", () => {
    const text = `order UC-ABC123 paid 15900 cents at ${1795000000123} (evt_1PbXyz, cs_test_a1b2)`;
    expect(scrubText(text)).toBe(text);
  });

  it("replaces Luhn-valid card numbers written with spaces or dashes", () => {
    expect(scrubText("card 5555-5555-5555-4444 declined")).toBe("card [redacted] declined");
  });
});

describe("LOG_LEVEL", () => {
  it("defaults to info, and to silent in tests", () => {
    expect(logLevel({})).toBe("info");
    expect(logLevel({ NODE_ENV: "test" })).toBe("silent");
    expect(logLevel({ LOG_LEVEL: " Debug " })).toBe("debug");
  });

  it("refuses an unknown level with a message naming the variable", () => {
    expect(() => logLevel({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL: must be one of fatal, error, warn, info/);
  });
});

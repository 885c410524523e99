// Every environment variable the store reads, parsed once with zod. A bad value stops the
// process with a message naming the variable, instead of failing later somewhere else.
import path from "node:path";
import proxyaddr from "proxy-addr";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL server. Unset: the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: optionalString.pipe(
    z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgresql:// URL" }).optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database, the development secret and the outbox live. */
  DATA_DIR: z.string().default(".data"),
  /** The store's public URL: every absolute link, redirect and cookie policy is built from it. Required in production. */
  APP_URL: optionalString.pipe(z.url({ message: "must be an absolute URL such as https://shop.example.com" }).optional()),
  /** Allows a plain-http APP_URL under NODE_ENV=production (a local demo; cookies are not Secure then). */
  ALLOW_INSECURE_APP_URL: z.enum(["0", "1"]).default("0"),
  /**
   * How the client's address is found (lib/http/client-address.ts). Default: the connection's own address.
   * Behind load balancers, either how many proxies in front append to X-Forwarded-For, or their addresses.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  TRUSTED_PROXIES: optionalString.pipe(
    z
      .string()
      .transform((list) => list.split(",").map((entry) => entry.trim()).filter(Boolean))
      .refine(compilesAsProxyList, "must be addresses or CIDR ranges separated by commas, e.g. 10.0.0.1,10.1.0.0/16")
      .optional(),
  ),
  /** Session signing secret (lib/auth/secret.ts); NEXTAUTH_SECRET is next-auth's older name for it. */
  AUTH_SECRET: optionalString,
  NEXTAUTH_SECRET: optionalString,
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  /** Unset: every message is written to DATA_DIR/mail as an .eml file. */
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional()),
  MAIL_FROM: z.string().trim().min(3).default("UltraCare Pro <care@ultracare.example>"),
  /** Where the contact form's messages go. Unset: MAIL_FROM, the address the store already writes from. */
  SUPPORT_EMAIL: optionalString.pipe(z.email({ message: "must be an e-mail address such as care@shop.example" }).optional()),
  /** Where returned parcels go, printed in the "return approved" e-mail. Unset: the e-mail asks the shopper to reply for it. */
  RETURN_ADDRESS: optionalString,
  /** pino level (lib/log/logger.ts checks the word). */
  LOG_LEVEL: optionalString,
  ADMIN_EMAIL: z.email().default("admin@ultracare.test"),
  ADMIN_PASSWORD: optionalString,
  /** How long a checkout holds stock and a limited code; Stripe Checkout's own minimum is 30 minutes. */
  CHECKOUT_HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Unset: payments go to the built-in test provider (no card is charged). */
  STRIPE_SECRET_KEY: optionalString.pipe(z.string().startsWith("sk_", "must start with sk_").optional()),
  STRIPE_WEBHOOK_SECRET: optionalString.pipe(z.string().startsWith("whsec_", "must start with whsec_").optional()),
  /**
   * 1: Stripe Tax computes sales tax, VAT or GST in Checkout from the shipping address (Checkout Sessions with
   * automatic_tax). Only with STRIPE_SECRET_KEY; without it prices are shown as excluding tax.
   */
  STRIPE_TAX: z.enum(["0", "1"]).default("0"),
  /** Tests only: where the Stripe SDK sends requests (a local stand-in), e.g. http://127.0.0.1:12111. */
  STRIPE_API_BASE: optionalString.pipe(z.url().optional()),
  /** Allows the test payment provider when NODE_ENV=production (demo deployments only). */
  PAYMENTS_TEST_MODE: z.enum(["0", "1"]).default("0"),
  /** Redis for the page cache shared by several instances (lib/cache). Unset: each process keeps its own. */
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/, message: "must be a redis:// or rediss:// URL" }).optional()),
  /** Namespace of this shop's keys in a shared Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "letters, digits, '.', '_' or '-', at most 64").default("ultracare"),
  /** Bearer token a scheduler sends to GET /api/cron/release-holds. Unset: that endpoint is off (404). */
  CRON_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  /**
   * Days after shipping before the scheduled job invites the buyer to review what they bought. 0 invites at the
   * job's next run after shipping (the e2e suite uses it: its server's clock cannot be moved).
   */
  REVIEW_INVITATION_DELAY_DAYS: z.coerce.number().int().min(0).max(90).default(14),
});

function compilesAsProxyList(list: string[]): boolean {
  try {
    proxyaddr.compile(list);
    return list.length > 0;
  } catch {
    return false;
  }
}

const DEVELOPMENT_APP_URL = "http://localhost:3000";

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL"> & { APP_URL: string };

/** A production server: NODE_ENV=production, except while `next build` runs (it serves nobody). */
function servesProduction(source: Record<string, string | undefined>): boolean {
  return source.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";
}

/** Rules across variables, after each has parsed on its own. */
function crossProblems(parsed: z.infer<typeof envSchema>, production: boolean): string[] {
  const problems: string[] = [];
  if (parsed.TRUSTED_PROXIES && parsed.TRUSTED_PROXY_HOPS > 0) {
    problems.push("TRUSTED_PROXIES: set either TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both");
  }
  if (!production) return problems;
  if (!parsed.APP_URL) {
    problems.push("APP_URL: required in production, the store's public address such as https://shop.example.com (links, redirects, Stripe return URLs and Secure cookies are built from it)");
  } else if (parsed.APP_URL.startsWith("http://") && parsed.ALLOW_INSECURE_APP_URL !== "1") {
    problems.push("APP_URL: must start with https:// in production; for a local demo over plain http set ALLOW_INSECURE_APP_URL=1");
  }
  return problems;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  const problems = result.success
    ? crossProblems(result.data, servesProduction(source))
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  if (!result.success || problems.length) {
    throw new Error(`Invalid environment configuration:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  }
  return { ...result.data, APP_URL: result.data.APP_URL ?? DEVELOPMENT_APP_URL };
}

/** What a production server says at start about settings that are allowed but unsafe for real shoppers. */
export function startupWarnings(source: Record<string, string | undefined> = process.env): string[] {
  if (!servesProduction(source)) return [];
  const config = parseEnv(source);
  const warnings: string[] = [];
  if (config.APP_URL.startsWith("http://")) {
    warnings.push(`APP_URL is plain http (${config.APP_URL}, allowed by ALLOW_INSECURE_APP_URL=1): cookies are not Secure and there is no HSTS. Use it for a local demo only.`);
  }
  if (config.PAYMENTS_TEST_MODE === "1") {
    warnings.push("PAYMENTS_TEST_MODE=1: checkouts are paid with the built-in test provider and no card is charged. Use it for a demo only.");
  }
  if (config.STRIPE_TAX === "1" && !config.STRIPE_SECRET_KEY) {
    warnings.push("STRIPE_TAX=1 does nothing without STRIPE_SECRET_KEY: no tax is charged and prices are shown as excluding tax.");
  }
  return warnings;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

export function dataPath(...parts: string[]): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().DATA_DIR, ...parts);
}

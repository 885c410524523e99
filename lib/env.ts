// Every environment variable the store reads, parsed once with zod. A bad value stops the
// process with a message naming the variable, instead of failing later somewhere else.
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const cents = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL server. Unset: the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: optionalString.pipe(
    z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgresql:// URL" }).optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database, the development secret and the outbox live. */
  DATA_DIR: z.string().default(".data"),
  APP_URL: z.url({ message: "must be an absolute URL such as https://shop.example.com" }).default("http://localhost:3000"),
  ADMIN_EMAIL: z.email().default("admin@ultracare.test"),
  ADMIN_PASSWORD: optionalString,
  SHIPPING_FLAT_CENTS: cents(995),
  FREE_SHIPPING_THRESHOLD_CENTS: cents(15000),
  /** How long a checkout holds stock and a limited code; Stripe Checkout's own minimum is 30 minutes. */
  CHECKOUT_HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Unset: payments go to the built-in test provider (no card is charged). */
  STRIPE_SECRET_KEY: optionalString.pipe(z.string().startsWith("sk_", "must start with sk_").optional()),
  STRIPE_WEBHOOK_SECRET: optionalString.pipe(z.string().startsWith("whsec_", "must start with whsec_").optional()),
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
  /** Shipping countries offered in Stripe Checkout (ISO codes, comma separated). */
  SHIPPING_COUNTRIES: z.string().default("US,CA,GB,IE,AU,NZ,DE,FR,NL"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

export function dataPath(...parts: string[]): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().DATA_DIR, ...parts);
}

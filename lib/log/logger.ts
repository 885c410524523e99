// The store's one logger: JSON lines on stdout (one object per line, ISO time, level as a word), the
// level from LOG_LEVEL, and everything written passed through redact() so that passwords, cookies,
// Stripe signatures, card data and tokens never reach a log. Server code logs through `logger` or,
// inside a request, through requestLogger() (lib/log/request-logger.ts), which adds the request id.
import pino, { type DestinationStream, type Logger } from "pino";
import { z } from "zod";
import { parseEnv } from "../env";
import { redact, scrubText } from "./redact";

export type { Logger } from "pino";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * LOG_LEVEL, default `info` (`silent` under NODE_ENV=test, so test output stays readable; set
 * LOG_LEVEL to see the logs there). An unknown value stops the process with a message, like lib/env.ts.
 * The logger is made when this module loads: the default reads the environment afresh instead of through
 * env(), whose cache would otherwise hold whatever the environment was at the first import.
 */
export function logLevel(source: { LOG_LEVEL?: string; NODE_ENV?: string } = parseEnv(process.env)): (typeof LEVELS)[number] {
  const raw = source.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return source.NODE_ENV === "test" ? "silent" : "info";
  const parsed = z.enum(LEVELS).safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid environment configuration:\n  LOG_LEVEL: must be one of ${LEVELS.join(", ")}`);
  return parsed.data;
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const root = pino(
    {
      level: options.level ?? logLevel(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redact(bindings) as Record<string, unknown>,
        log: (object) => redact(object) as Record<string, unknown>,
      },
      serializers: {
        // Messages are free text: scrubbed for secrets like everything else.
        msg: (message: unknown) => (typeof message === "string" ? scrubText(message) : message),
        // redact() has already turned errors into plain objects (type, message, stack, cause, fields).
        err: (error: unknown) => error,
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  // pino formats a child's bindings without the bindings formatter: redact them on the way in. Children
  // inherit this method, so grandchildren are covered too.
  const child = root.child;
  root.child = function (this: Logger, bindings, childOptions) {
    return child.call(this, redact(bindings) as typeof bindings, childOptions);
  } as Logger["child"];
  return root;
}

const GLOBAL_KEY = Symbol.for("ultracare.logger");

/** The process's logger (one per process, also across development reloads). */
export const logger: Logger = ((globalThis as Record<symbol, Logger | undefined>)[GLOBAL_KEY] ??= createLogger());

// AUTH_SECRET signs session cookies. Production must set it; development gets a generated one kept
// under .data/ so `npm run dev` needs no setup and sessions survive restarts.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataPath, env } from "../env";

export const MIN_SECRET_LENGTH = 32;

type SecretSettings = { AUTH_SECRET?: string; NEXTAUTH_SECRET?: string; NODE_ENV?: string };

export function resolveAuthSecret(
  source: SecretSettings,
  devSecretFile: () => string = () => dataPath("auth-secret"),
): string {
  const configured = (source.AUTH_SECRET ?? source.NEXTAUTH_SECRET)?.trim();
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 48).`);
    }
    return configured;
  }
  if (source.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required in production (at least 32 characters; try: openssl rand -base64 48).");
  }
  const file = devSecretFile();
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(48).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

let cached: string | undefined;
export function authSecret(): string {
  return (cached ??= resolveAuthSecret(env()));
}

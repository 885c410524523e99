// next-auth 4 configuration: e-mail + password through the Credentials provider, JWT sessions
// (Credentials cannot use database sessions), optional OAuth providers switched on by environment.
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "../db";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { safeRedirectPath } from "../http/safe-redirect";
import { authSecret } from "./secret";
import { verifyCredentials } from "./verify-credentials";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

export const SIGN_IN_ERROR = { invalid: "INVALID", rateLimited: "RATE_LIMITED", throttled: "ACCOUNT_THROTTLED" } as const;

function oauthProviders() {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = env();
  const providers = [];
  if (AUTH_GITHUB_ID && AUTH_GITHUB_SECRET) providers.push(GitHubProvider({ clientId: AUTH_GITHUB_ID, clientSecret: AUTH_GITHUB_SECRET }));
  if (AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: AUTH_GOOGLE_ID, clientSecret: AUTH_GOOGLE_SECRET }));
  return providers;
}

/** Stores OAuth users and their linked accounts; e-mails are lower-cased as the database requires. */
function oauthAdapter(): Adapter {
  const adapter = PrismaAdapter(db as never) as Adapter;
  return {
    ...adapter,
    createUser: (user: Parameters<NonNullable<Adapter["createUser"]>>[0]) =>
      adapter.createUser!({ ...user, email: user.email.trim().toLowerCase() }),
    getUserByEmail: (email) => adapter.getUserByEmail!(email.trim().toLowerCase()),
  };
}

export function authOptions(): NextAuthOptions {
  // next-auth 4 reads its public URL from NEXTAUTH_URL, and without it from the Host header: set it from
  // APP_URL, the one setting for the store's address, so no absolute URL ever comes from a request. Here,
  // not at import, so importing this module reads no configuration.
  process.env.NEXTAUTH_URL = env().APP_URL;
  const providers = oauthProviders();
  return {
    // Only OAuth sign-ins need the adapter (to create the user); e-mail sign-in finds users itself.
    adapter: providers.length ? oauthAdapter() : undefined,
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const result = await verifyCredentials(credentials, { ip: await clientAddress() });
          if (result.ok) return result.user;
          // next-auth passes a thrown message to the client as `error`: a code, never details.
          if (result.code === "RATE_LIMITED") throw new Error(`${SIGN_IN_ERROR.rateLimited}:${result.retryAfterSeconds}`);
          if (result.code === "ACCOUNT_THROTTLED") throw new Error(`${SIGN_IN_ERROR.throttled}:${result.retryAfterSeconds}`);
          throw new Error(SIGN_IN_ERROR.invalid);
        },
      }),
      ...providers,
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out (a callbackUrl the caller chose).
      redirect({ url }) {
        return new URL(safeRedirectPath(url, "/"), env().APP_URL).toString();
      },
      // The token carries the user id and the user's session version at sign-in; the role and the
      // current version are read from the database on every check, so revoking a role or ending every
      // session takes effect at once.
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          Object.assign(session.user, { id: token.uid, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
        }
        return session;
      },
    },
  };
}

// Runs before every route except static files. Two jobs:
// 1. A request id on every request (header x-request-id): a sane one from the load balancer is kept,
//    otherwise a new UUID; route handlers and server actions see it (lib/log/request-logger.ts) and the
//    response echoes it, so a shopper's report or a load-balancer log line leads to our log lines.
// 2. Early redirect only: a visitor with no session cookie who opens a signed-in area is sent to sign
//    in without rendering anything. It is not a security boundary: every page, action and route checks
//    the user and the permission itself (lib/auth).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "./lib/log/request-id";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_AREAS = /^\/(admin|account)(\/|$)/;

export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const response = signInRedirect(request) ?? passThrough(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

function signInRedirect(request: NextRequest): NextResponse | null {
  if (!SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  // Built on APP_URL, never on the request's Host header (a forged Host must not choose where we send people).
  const url = new URL(`/signin?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`, env().APP_URL);
  return NextResponse.redirect(url);
}

function passThrough(request: NextRequest, requestId: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  return NextResponse.next({ request: { headers } });
}

// Everything but Next's static files and images (no log lines come from those).
export const config = { matcher: ["/((?!_next/static|_next/image|images/|favicon.ico|icon.svg|logo.svg|robots.txt|sitemap.xml).*)"] };

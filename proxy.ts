// Runs only where one of its jobs is needed (the matcher below); cached pages skip it. Two jobs:
// 1. A request id on each request it runs on (header x-request-id): a sane one from the load balancer is kept,
//    otherwise a new UUID; route handlers see it (lib/log/request-logger.ts) and the response echoes it, so a
//    shopper's report or a load-balancer log line leads to our log lines.
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

// Where a sign-in is needed or a route handler writes logs: the signed-in areas, every route handler (all under
// /api, plus /checkout/cancel and the admin exports) and the order lookup (rate-limited per client). One pattern,
// on purpose: Next tests every request against each matcher entry, compiling its RegExp anew each time, so the
// seven entries this list once had (two of them `has` rules on every path, for server actions) cost every page
// view and public file about 5% of its req/s (bench/results.md). Server actions, cached pages, public files and
// metadata routes skip the proxy; an action's log lines still share one id (lib/log/request-logger.ts), the
// response just does not echo it.
export const config = {
  matcher: ["/:area(admin|account|api|checkout|orders)/:path*"],
};

// Runs only where one of its jobs is needed (the matcher below); cached pages skip it. Two jobs:
// 1. A request id on each request it runs on (header x-request-id): a sane one from the load balancer is kept,
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

// Where logs are written or a sign-in is needed: the signed-in areas, every route handler (all under /api,
// plus /checkout/cancel and the admin exports), the order lookup (rate-limited per client), and server
// actions from any page (with JavaScript they send Next-Action; without it they are form posts, and a body
// brings a Content-Type). Cached pages, public files and metadata routes skip the proxy: that doubled a cached
// product page's req/s (bench/results.md, "Where the time goes"). Code that logs outside these paths still gets
// an id (lib/log/request-logger.ts).
export const config = {
  matcher: [
    "/admin/:path*",
    "/account/:path*",
    "/api/:path*",
    "/checkout/:path*",
    "/orders/:path*",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
  ],
};

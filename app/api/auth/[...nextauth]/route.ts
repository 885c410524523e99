import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { declaresJson, parseJson, readBodyText } from "@/lib/http/body";
import { routeMethods } from "@/lib/http/route-methods";

type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in, sign-out and callback forms are well under 1 kB.
const MAX_BODY_BYTES = 16 * 1024;

// Built per request so a missing AUTH_SECRET in production fails loudly here, not at import.
async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

/** next-auth reads the whole body itself and answers malformed JSON with a 500: check both first. */
async function post(request: Request, context: Context) {
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  if (declaresJson(request)) {
    const json = parseJson(body.value);
    if (!json.ok) return json.response;
  }
  const checked = new NextRequest(request.url, { method: request.method, headers: request.headers, body: body.value });
  return handler(checked, context);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ GET: handler, POST: post });

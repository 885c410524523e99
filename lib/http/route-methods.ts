// Every route handler (app/**/route.ts) is defined through routeMethods(), so that all HTTP methods are
// answered by our code: the ones a route implements, HEAD (its GET) and OPTIONS (204 + Allow), and every
// other one with 405, an Allow header and a message. (Next answers an unexported method with a bare 405
// without Allow, which RFC 9110 requires.) app/route-handlers.integration.test.ts checks every route.
//
//   export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: async (request) => ... });
export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Implementable = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteHandler<Context> = (request: Request, context: Context) => Response | Promise<Response>;
/** What a route exports: routes without params may be called with the request alone (tests do). */
export type ExportedHandler<Context> = (request: Request, ...context: unknown extends Context ? [context?: Context] : [context: Context]) => Response | Promise<Response>;

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function routeMethods<Context = unknown>(
  handlers: Partial<Record<Implementable, RouteHandler<Context>>>,
): Record<HttpMethod, ExportedHandler<Context>> {
  const implemented = (Object.keys(handlers) as Implementable[]).filter((method) => handlers[method]);
  const allowed = [...implemented, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"];
  const allow = HTTP_METHODS.filter((method) => allowed.includes(method)).join(", ");
  const notAllowed: RouteHandler<Context> = (request) =>
    jsonError(405, `${request.method} is not allowed here; use ${allow}.`, { allow });
  const options: RouteHandler<Context> = () => new Response(null, { status: 204, headers: { allow } });
  const methods: Record<HttpMethod, RouteHandler<Context>> = {
    GET: handlers.GET ?? notAllowed,
    HEAD: handlers.GET ?? notAllowed,
    OPTIONS: options,
    POST: handlers.POST ?? notAllowed,
    PUT: handlers.PUT ?? notAllowed,
    PATCH: handlers.PATCH ?? notAllowed,
    DELETE: handlers.DELETE ?? notAllowed,
  };
  return methods as Record<HttpMethod, ExportedHandler<Context>>;
}

// A logger bound to the current request's id, for route handlers, server actions and the lib/ code
// they call. Outside a request (scripts, tests, 'use cache' functions) it is the plain process logger.
import { headers } from "next/headers";
// The react-server build of next/navigation exists only inside Next's bundle; scripts (payments:reconcile)
// load this module under plain Node, where next/navigation is the client build and needs React's client.
import { unstable_rethrow } from "next/dist/client/components/unstable-rethrow";
import { logger, type Logger } from "./logger";
import { requestIdFrom } from "./request-id";

// proxy.ts sets the id only on the paths its matcher names. Anywhere else the request has no id (or a
// client's made-up one), so one is chosen here and kept for the rest of that request: the same request
// (or next/headers object, one per request) always gives the same id, so its lines still group.
const chosen = new WeakMap<object, string>();

function idFor(key: object, incoming: Pick<Headers, "get">): string {
  let id = chosen.get(key);
  if (!id) {
    id = requestIdFrom(incoming);
    chosen.set(key, id);
  }
  return id;
}

/** Pass the handler's `request` when there is one; otherwise the id is read through next/headers. */
export async function requestLogger(request?: Request): Promise<Logger> {
  if (request) return logger.child({ requestId: idFor(request, request.headers) });
  let list: Pick<Headers, "get">;
  try {
    list = await headers();
  } catch (error) {
    unstable_rethrow(error); // Next's own control flow (prerendering) passes through untouched
    return logger; // no request here
  }
  return logger.child({ requestId: idFor(list, list) });
}

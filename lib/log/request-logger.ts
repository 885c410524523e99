// A logger bound to the current request's id, for route handlers, server actions and the lib/ code
// they call. Outside a request (scripts, tests, 'use cache' functions) it is the plain process logger.
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { logger, type Logger } from "./logger";
import { isValidRequestId, REQUEST_ID_HEADER } from "./request-id";

/** Pass the handler's `request` when there is one; otherwise the id is read through next/headers. */
export async function requestLogger(request?: Request): Promise<Logger> {
  let id: string | null | undefined;
  if (request) {
    id = request.headers.get(REQUEST_ID_HEADER);
  } else {
    try {
      id = (await headers()).get(REQUEST_ID_HEADER);
    } catch (error) {
      unstable_rethrow(error); // Next's own control flow (prerendering) passes through untouched
      id = null; // no request here
    }
  }
  return isValidRequestId(id) ? logger.child({ requestId: id }) : logger;
}

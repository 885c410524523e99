// Requests from a chosen loopback address (127.0.0.2 …): the store keys its limits on the connection's own
// address, and loopback has all of 127.0.0.0/8, so Node's `localAddress` gives each client its own.
import http from "node:http";

const PORT = Number(process.env.E2E_PORT ?? 3100);

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type SendOptions = { method?: string; headers?: Record<string, string>; body?: string; port?: number };

export function send(from: string, path: string, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: options.port ?? PORT, path, method: options.method ?? "GET", localAddress: from, headers: options.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** One e-mail and password sign-in from this address, as the browser form sends it; next-auth's error code, if any. */
export async function signInFrom(from: string, email: string, password: string): Promise<string | null> {
  const csrf = await send(from, "/api/auth/csrf");
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const reply = await send(from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const url = reply.headers["content-type"]?.includes("json") ? (JSON.parse(reply.body) as { url: string }).url : String(reply.headers.location);
  return new URL(url, `http://127.0.0.1:${PORT}`).searchParams.get("error");
}

// Walks every page, layout, server action and route handler under app/admin and checks that each one,
// called directly (not through the proxy), refuses a visitor who is not signed in, a customer, and
// every staff role that lacks its permission. A new admin entry point cannot be left open by mistake.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FormAction } from "@/lib/actions/define-action";
import { hasPermission, STAFF_ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";

const ADMIN_DIR = path.resolve("app/admin");
const database = setupTestDatabase();
const users = {} as Record<Role, string>;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

/** What a page or layout did: rendered, or redirected (Next throws a NEXT_REDIRECT error carrying the URL). */
async function render(component: (props: never) => unknown): Promise<{ rendered: true } | { redirectedTo: string }> {
  try {
    await component({ children: null, params: Promise.resolve({}), searchParams: Promise.resolve({}) } as never);
    return { rendered: true };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

function sampleParams(file: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of file.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)) params[match[1]] = "missing-id";
  return params;
}

let files: string[] = [];
beforeAll(async () => {
  files = (await walk(ADMIN_DIR)).filter((file) => !file.includes(".test."));
  for (const role of ["CUSTOMER", ...STAFF_ROLES] as Role[]) users[role] = (await createUser(database.db, role)).id;
});
afterEach(stopActing);

describe("every admin page and layout", () => {
  it("exists (the walk found the back office)", () => {
    expect(files.some((f) => f.endsWith("layout.tsx"))).toBe(true);
    expect(files.some((f) => f.endsWith("page.tsx"))).toBe(true);
  });

  it("sends a signed-out visitor to sign in and a customer to the no-access page, itself", async () => {
    for (const file of files.filter((f) => /\/(page|layout)\.tsx$/.test(f))) {
      const component = (await import(file)).default;
      const where = path.relative(ADMIN_DIR, file);
      actAs(null);
      expect(await render(component), where).toEqual({ redirectedTo: expect.stringMatching(/^\/signin\?callbackUrl=/) });
      actAs(users.CUSTOMER);
      expect(await render(component), where).toEqual({ redirectedTo: "/no-access" });
    }
  });

  it("lets ADMIN render the shell and the dashboard", async () => {
    actAs(users.ADMIN);
    for (const name of ["layout.tsx", "page.tsx"]) {
      const component = (await import(path.join(ADMIN_DIR, name))).default;
      expect(await render(component)).toEqual({ rendered: true });
    }
  });
});

describe("every admin server action", () => {
  it("declares a permission and refuses everyone who lacks it", async () => {
    for (const file of files.filter((f) => /actions?\.ts$/.test(f))) {
      const actions = (await import(file)) as Record<string, FormAction<unknown>>;
      for (const [name, action] of Object.entries(actions)) {
        const where = `${path.relative(ADMIN_DIR, file)} ${name}`;
        expect(action.access?.kind, `${where} must be defined with permissionAction`).toBe("permission");
        const permission = (action.access as { permission: Parameters<typeof hasPermission>[1] }).permission;
        actAs(null);
        expect(await action(undefined, new FormData()), where).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        for (const role of ["CUSTOMER", ...STAFF_ROLES] as Role[]) {
          if (hasPermission(role, permission)) continue;
          actAs(users[role]);
          expect(await action(undefined, new FormData()), `${where} as ${role}`).toMatchObject({ ok: false, code: "FORBIDDEN" });
        }
      }
    }
  });
});

describe("every admin route handler", () => {
  it("answers 401 to a visitor and 403 to a customer", async () => {
    for (const file of files.filter((f) => f.endsWith("route.ts"))) {
      const handlers = await import(file);
      // Methods a route does not implement answer 405 for everyone (lib/http/route-methods.ts); OPTIONS lists the others.
      const allow = handlers.OPTIONS
        ? ((await handlers.OPTIONS(new Request("http://localhost/admin", { method: "OPTIONS" }))).headers.get("allow") ?? "")
        : "GET, POST, PUT, PATCH, DELETE";
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof handlers[m] === "function" && allow.includes(m))) {
        const call = () =>
          handlers[method](new Request("http://localhost/admin", { method }), { params: Promise.resolve(sampleParams(file)) });
        actAs(null);
        expect((await call()).status, `${file} ${method}`).toBe(401);
        actAs(users.CUSTOMER);
        expect((await call()).status, `${file} ${method}`).toBe(403);
      }
    }
  });
});

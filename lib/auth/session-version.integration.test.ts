// A session is the user id plus the session version its token was issued with; raising the user's version
// ends every session issued before, on the next request, wherever it is.
import { afterEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { endEverySession } from "../account/end-every-session";
import { authOptions } from "./auth-options";
import { authorize, getCurrentUser } from "./current-user";

const database = setupTestDatabase();
afterEach(stopActing);

describe("the session version", () => {
  it("goes into the token at sign-in and out to the session read", async () => {
    const user = await createUser(database.db, "CUSTOMER");
    await database.db.user.update({ where: { id: user.id }, data: { sessionVersion: 4 } });
    const callbacks = authOptions().callbacks!;
    const token = await callbacks.jwt!({ token: {}, user: { id: user.id, email: user.email, sessionVersion: 4 } } as never);
    expect(token).toMatchObject({ uid: user.id, sv: 4 });
    const session = await callbacks.session!({ session: { user: { email: user.email }, expires: "" }, token } as never);
    expect(session.user).toMatchObject({ id: user.id, sessionVersion: 4 });
  });

  it("a token with another version is no session; a token with the current one is", async () => {
    const user = await createUser(database.db, "ADMIN");
    actAs(user.id, { sessionVersion: 0 });
    expect(await authorize("admin.access")).toMatchObject({ ok: true });

    await endEverySession(user.id);
    actAs(user.id, { sessionVersion: 0 });
    expect(await getCurrentUser()).toBeNull();
    expect(await authorize("admin.access")).toEqual({ ok: false, code: "UNAUTHENTICATED" });

    actAs(user.id, { sessionVersion: 1 }); // signed in again after the change
    expect(await authorize("admin.access")).toMatchObject({ ok: true, user: { id: user.id } });
  });
});

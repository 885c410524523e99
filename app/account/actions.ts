"use server";

import { z } from "zod";
import { endEverySession } from "@/lib/account/end-every-session";
import { userAction } from "@/lib/actions/define-action";

const nothing = z.object({});

/** Ends every session of the account, this one included; the form then signs this browser out. */
export const signOutEverywhereAction = userAction(nothing, async (_input, { user }) => {
  await endEverySession(user.id);
  return { ok: true, data: undefined };
});

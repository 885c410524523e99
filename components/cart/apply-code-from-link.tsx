"use client";
// A shared code link (/cart?code=CODE) applied by the cart page itself. Opening a link must not change anything
// on its own (a GET is fetched by prefetchers, link previews and crawlers, and can be sent from any site), so
// the page only renders this island; in the shopper's browser it posts the code through the cart's own server
// action, the same POST the coupon form makes. Next accepts that POST only from this origin, and the action
// goes through the usual tries limits (per cart and per address) and refusal sentences. A refused code leaves
// the cart as it was.
import { startTransition, useActionState, useEffect, useRef } from "react";
import { FormAlert } from "../forms/form-alert";
import { useRefreshSessionAfter } from "../storefront-session/use-storefront-session";
import type { FormAction } from "../forms/use-kept-form";

export function ApplyCodeFromLink({ code, action }: { code: string; action: FormAction }) {
  const [state, apply, pending] = useActionState(action, undefined);
  const sent = useRef(false);
  useRefreshSessionAfter(pending);

  useEffect(() => {
    if (sent.current) return; // once per page load (React may run effects twice in development)
    sent.current = true;
    const data = new FormData();
    data.set("code", code);
    startTransition(() => apply(data));
  }, [code, apply]);

  // Answered: the address bar drops ?code=, so a reload or a bookmark does not try the code again.
  useEffect(() => {
    if (state) window.history.replaceState(null, "", "/cart");
  }, [state]);

  if (!state) {
    return (
      <p role="status" className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
        Applying {code}…
      </p>
    );
  }
  if (state.ok) return <FormAlert tone="success" message={state.message} />;
  return <FormAlert message={state.fieldErrors?.code?.join(" ") ?? state.formError} />;
}

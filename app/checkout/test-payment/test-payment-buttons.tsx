"use client";

import { useActionState } from "react";
import { cancelTestOrderAction, payTestOrderAction } from "./actions";

export function TestPaymentButtons({ token, total }: { token: string; total: string }) {
  const [payState, pay, paying] = useActionState(payTestOrderAction, undefined);
  const [cancelState, cancel, cancelling] = useActionState(cancelTestOrderAction, undefined);
  const error = (payState && !payState.ok && payState.formError) || (cancelState && !cancelState.ok && cancelState.formError);
  return (
    <div className="flex flex-col gap-3">
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <form action={pay}>
        <input type="hidden" name="order" value={token} />
        <button type="submit" disabled={paying || cancelling} className="h-12 w-full rounded-lg bg-brand-700 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          Pay {total} (test)
        </button>
      </form>
      <form action={cancel}>
        <input type="hidden" name="order" value={token} />
        <button type="submit" disabled={paying || cancelling} className="h-12 w-full rounded-lg border border-slate-300 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60">
          Cancel and return to the cart
        </button>
      </form>
    </div>
  );
}

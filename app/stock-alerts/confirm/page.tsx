import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AlertCard, AlertProductLink } from "@/components/stock-alerts/alert-card";
import { AlertLinkForm } from "@/components/stock-alerts/alert-link-form";
import { AlertLinkRefused } from "@/components/stock-alerts/alert-link-refused";
import { confirmLinkStatus, LINK_REFUSALS } from "@/lib/stock-alerts";
import { confirmStockAlertAction } from "../actions";

// The token is in the address: keep it out of any Referer header, and the page out of search engines.
export const metadata: Metadata = { title: "Your stock alert", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ConfirmAlert({ searchParams }: Props) {
  const { token } = await searchParams;
  await connection(); // the alert's state is read now, at request time
  const status = typeof token === "string" && token ? await confirmLinkStatus(token) : ({ ok: false, code: "TOKEN_UNKNOWN" } as const);
  if (!status.ok) {
    return <AlertLinkRefused reason={LINK_REFUSALS[status.code]} />;
  }
  const { alert } = status;
  if (alert.status === "PENDING") {
    return (
      <AlertCard title="Confirm your alert" intro={`One click, and we e-mail you once when the ${alert.productName} is back in stock.`}>
        <AlertLinkForm action={confirmStockAlertAction} token={token as string} label="Confirm the alert" pendingLabel="Confirming…" />
      </AlertCard>
    );
  }
  const intro =
    alert.status === "SENT"
      ? `The ${alert.productName} is back in stock: we have sent you the e-mail.`
      : `We e-mail you once when the ${alert.productName} is back in stock. Every e-mail has a link to stop the alert.`;
  return (
    <AlertCard title="Alert confirmed" intro={intro}>
      <AlertProductLink slug={alert.productSlug} name={alert.productName} />
    </AlertCard>
  );
}

export default function ConfirmAlertPage(props: Props) {
  return (
    <Suspense>
      <ConfirmAlert {...props} />
    </Suspense>
  );
}

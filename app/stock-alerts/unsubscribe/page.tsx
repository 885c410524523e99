import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AlertCard, AlertProductLink } from "@/components/stock-alerts/alert-card";
import { AlertLinkForm } from "@/components/stock-alerts/alert-link-form";
import { AlertLinkRefused } from "@/components/stock-alerts/alert-link-refused";
import { LINK_REFUSALS, unsubscribeLinkStatus } from "@/lib/stock-alerts";
import { unsubscribeStockAlertAction } from "../actions";

// The signed alert id is in the address: keep it out of any Referer header, and the page out of search engines.
export const metadata: Metadata = { title: "Stop a stock alert", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function Unsubscribe({ searchParams }: Props) {
  const { alert: token } = await searchParams;
  await connection(); // the alert's state is read now, at request time
  const status = typeof token === "string" && token ? await unsubscribeLinkStatus(token) : ({ ok: false, code: "TOKEN_UNKNOWN" } as const);
  if (!status.ok) {
    return <AlertLinkRefused reason={LINK_REFUSALS[status.code]} />;
  }
  const { alert } = status;
  if (alert.status === "UNSUBSCRIBED") {
    return (
      <AlertCard title="You are unsubscribed" intro={`We will not e-mail you about the ${alert.productName}. Ask again on its page whenever you like.`}>
        <AlertProductLink slug={alert.productSlug} name={alert.productName} />
      </AlertCard>
    );
  }
  return (
    <AlertCard title="Stop this alert?" intro={`We will no longer e-mail you when the ${alert.productName} is back in stock.`}>
      <AlertLinkForm action={unsubscribeStockAlertAction} token={token as string} label="Unsubscribe" pendingLabel="Unsubscribing…" />
    </AlertCard>
  );
}

export default function UnsubscribePage(props: Props) {
  return (
    <Suspense>
      <Unsubscribe {...props} />
    </Suspense>
  );
}

import Link from "next/link";
import { LinkRefused } from "../account/link-refused";
import { AlertCard } from "./alert-card";

/** A changed, made-up or expired alert link: why it does not work, and the way back to the shop. */
export function AlertLinkRefused({ reason }: { reason: string }) {
  return (
    <AlertCard title="This link does not work">
      <LinkRefused reason={reason}>
        <Link href="/products" className="font-medium text-brand-700 underline">The shop</Link> lists every device.
      </LinkRefused>
    </AlertCard>
  );
}

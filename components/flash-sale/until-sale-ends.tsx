"use client";
import type { ReactNode } from "react";
import { useNow } from "./use-now";

/** Shows its children until `endsAt` (ms), then removes them without a reload. `null`: no end. */
export function UntilSaleEnds({
  endsAt,
  serverNow,
  children,
}: {
  endsAt: number | null;
  serverNow: number;
  children: ReactNode;
}) {
  const now = useNow(serverNow);
  if (endsAt !== null && now >= endsAt) return null;
  return children;
}

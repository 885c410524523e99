// What the confirm and unsubscribe pages show of an alert.
import type { StockAlertStatus } from "../generated/prisma/enums";

export type AlertView = { id: string; status: StockAlertStatus; productName: string; productSlug: string };

export const ALERT_VIEW_SELECT = { id: true, status: true, requestedAt: true, product: { select: { name: true, slug: true } } } as const;

export const toAlertView = (row: { id: string; status: StockAlertStatus; product: { name: string; slug: string } }): AlertView => ({
  id: row.id,
  status: row.status,
  productName: row.product.name,
  productSlug: row.product.slug,
});

import "server-only";
import { db } from "../../db";
import type { ReviewStatus } from "../../generated/prisma/enums";

export type ModerationRow = {
  id: string;
  status: ReviewStatus;
  rating: number;
  body: string;
  rejectReason: string | null;
  productName: string;
  productSlug: string;
  orderId: string;
  orderNumber: string;
  createdAt: Date;
  moderatedAt: Date | null;
};

/** How many decided reviews the page shows under the waiting ones. */
export const DECIDED_SHOWN = 50;

const SELECT = {
  id: true,
  status: true,
  rating: true,
  body: true,
  rejectReason: true,
  createdAt: true,
  moderatedAt: true,
  product: { select: { name: true, slug: true } },
  order: { select: { id: true, number: true } },
} as const;

/** Every review waiting (oldest first: it has waited longest), then the most recently decided ones. */
export async function listReviewsForModeration(): Promise<{ pending: ModerationRow[]; decided: ModerationRow[] }> {
  const [pending, decided] = await Promise.all([
    db.review.findMany({ where: { status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: SELECT }),
    db.review.findMany({ where: { status: { not: "PENDING" } }, orderBy: [{ moderatedAt: "desc" }, { id: "asc" }], take: DECIDED_SHOWN, select: SELECT }),
  ]);
  return { pending: pending.map(toRow), decided: decided.map(toRow) };
}

function toRow({ product, order, ...row }: { product: { name: string; slug: string }; order: { id: string; number: string } } & Omit<ModerationRow, "productName" | "productSlug" | "orderId" | "orderNumber">): ModerationRow {
  return { ...row, productName: product.name, productSlug: product.slug, orderId: order.id, orderNumber: order.number };
}

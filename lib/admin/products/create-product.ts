import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../../audit/record-audit";
import { isUniqueViolation } from "../../database/unique-violation";
import { db } from "../../db";
import type { NewProductInput } from "./product-input";
import { productFields } from "./to-admin-product";
import type { Result } from "../../result";
import type { ProductWriteRefusal } from "./types";

export type CreateProductResult = Result<{ id: string; slug: string }, ProductWriteRefusal>;

/**
 * A new product starts with no stock: units arrive through a RESTOCK on the inventory page, so every
 * unit on hand has a movement row. It goes last in the shop's order. One audit row, same transaction.
 */
export async function createProduct(input: NewProductInput, actorId: string): Promise<CreateProductResult> {
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.product.findFirst({ where: { OR: [{ slug: input.slug }, { sku: input.sku }] }, select: { slug: true } });
      if (clash) return { ok: false, code: clash.slug === input.slug ? "SLUG_TAKEN" : "SKU_TAKEN" } as const;
      const last = await tx.product.aggregate({ _max: { sortOrder: true } });
      const product = await tx.product.create({
        data: {
          slug: input.slug,
          sku: input.sku,
          name: input.name,
          tagline: input.tagline,
          description: input.description,
          priceCents: input.priceCents,
          images: input.images,
          specs: input.specs as Prisma.InputJsonValue,
          bestFor: input.bestFor,
          severity: input.severity,
          lowStockThreshold: input.lowStockThreshold,
          active: input.active,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "product.create",
        entityType: "product",
        entityId: product.id,
        after: { slug: product.slug, sku: product.sku, ...productFields(product) },
      });
      return { ok: true, id: product.id, slug: product.slug } as const;
    });
  } catch (error) {
    // Two editors creating the same address at once: the unique index decides.
    if (isUniqueViolation(error, "slug")) return { ok: false, code: "SLUG_TAKEN" };
    if (isUniqueViolation(error, "sku")) return { ok: false, code: "SKU_TAKEN" };
    throw error;
  }
}

"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import {
  createProduct,
  editProductSchema,
  newProductSchema,
  PRODUCT_REFUSALS,
  PRODUCT_SAVED,
  productStatusMessage,
  productStatusSchema,
  setProductActive,
  updateProduct,
} from "@/lib/admin/products";
import { TAGS } from "@/lib/cache-tags";

/** The shop's cached product reads all carry TAGS.products; the product's own tag too, for clarity. */
function storefrontChanged(slug: string) {
  updateTag(TAGS.products);
  updateTag(TAGS.product(slug));
}

export const createProductAction = permissionAction("products.edit", newProductSchema, async (input, { user }) => {
  const result = await createProduct(input, user.id);
  if (!result.ok) return refusal(result.code, PRODUCT_REFUSALS[result.code]);
  storefrontChanged(result.slug);
  redirect(`/admin/products/${result.id}?created=1`);
});

export const updateProductAction = permissionAction("products.edit", editProductSchema, async (input, { user }) => {
  const result = await updateProduct(input.id, input, user.id);
  if (!result.ok) return refusal(result.code, PRODUCT_REFUSALS[result.code]);
  if (!result.changed) return { ok: true, data: undefined, message: PRODUCT_SAVED.unchanged };
  storefrontChanged(result.slug);
  return { ok: true, data: undefined, message: PRODUCT_SAVED.changed };
});

export const setProductActiveAction = permissionAction("products.edit", productStatusSchema, async (input, { user }) => {
  const result = await setProductActive(input.id, input.active, user.id);
  if (!result.ok) return refusal(result.code, PRODUCT_REFUSALS[result.code]);
  if (result.changed) storefrontChanged(result.slug);
  return { ok: true, data: undefined, message: productStatusMessage(input.active) };
});

"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { permissionAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  createProduct,
  editProductSchema,
  newProductSchema,
  productStatusSchema,
  setProductActive,
  updateProduct,
  type ProductWriteError,
} from "@/lib/admin/products";
import { TAGS } from "@/lib/cache-tags";

function refused(error: ProductWriteError): ActionResult {
  if (error.code === "SLUG_TAKEN") {
    return { ok: false, code: error.code, formError: "Please correct the fields marked below.", fieldErrors: { slug: ["Another product already uses this web address."] } };
  }
  if (error.code === "SKU_TAKEN") {
    return { ok: false, code: error.code, formError: "Please correct the fields marked below.", fieldErrors: { sku: ["Another product already has this SKU."] } };
  }
  return { ok: false, code: error.code, formError: "This product no longer exists." };
}

/** The shop's cached product reads all carry TAGS.products; the product's own tag too, for clarity. */
function storefrontChanged(slug: string) {
  updateTag(TAGS.products);
  updateTag(TAGS.product(slug));
}

export const createProductAction = permissionAction("products.edit", newProductSchema, async (input, { user }) => {
  const result = await createProduct(input, user.id);
  if (!result.ok) return refused(result.error);
  storefrontChanged(result.slug);
  redirect(`/admin/products/${result.id}?created=1`);
});

export const updateProductAction = permissionAction("products.edit", editProductSchema, async (input, { user }) => {
  const result = await updateProduct(input.id, input, user.id);
  if (!result.ok) return refused(result.error);
  if (!result.changed) return { ok: true, data: undefined, message: "Nothing changed." };
  storefrontChanged(result.slug);
  return { ok: true, data: undefined, message: "Saved. The shop shows the change now." };
});

export const setProductActiveAction = permissionAction("products.edit", productStatusSchema, async (input, { user }) => {
  const result = await setProductActive(input.id, input.active, user.id);
  if (!result.ok) return refused(result.error);
  if (result.changed) storefrontChanged(result.slug);
  return {
    ok: true,
    data: undefined,
    message: input.active ? "Back on sale: the product shows in the shop again." : "Archived: the product is hidden from the shop.",
  };
});

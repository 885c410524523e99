// What an editor reads after saving, archiving or restoring a product.
import type { RefusalText } from "../../actions/messages";
import type { ProductWriteRefusal } from "./types";

export const PRODUCT_REFUSALS = {
  NOT_FOUND: "This product no longer exists.",
  SLUG_TAKEN: { field: "slug", message: "Another product already uses this web address." },
  SKU_TAKEN: { field: "sku", message: "Another product already has this SKU." },
} satisfies Record<ProductWriteRefusal["code"], RefusalText>;

export const PRODUCT_SAVED = { unchanged: "Nothing changed.", changed: "Saved. The shop shows the change now." } as const;

export const productStatusMessage = (active: boolean) =>
  active ? "Back on sale: the product shows in the shop again." : "Archived: the product is hidden from the shop.";

export { createProduct, type CreateProductResult } from "./create-product";
export { getAdminProductById } from "./get-admin-product";
export { listAdminProducts } from "./list-admin-products";
export {
  editProductSchema,
  MAX_IMAGES,
  newProductSchema,
  productFieldsSchema,
  productStatusSchema,
  type NewProductInput,
  type ProductFieldsInput,
} from "./product-input";
export { setProductActive } from "./set-product-active";
export type { AdminProduct, AdminProductRow, ProductFields, ProductWriteRefusal } from "./types";
export { updateProduct, type UpdateProductResult } from "./update-product";
export { PRODUCT_REFUSALS, PRODUCT_SAVED, productStatusMessage } from "./messages";

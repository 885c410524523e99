import { z } from "zod";
import { emailSchema } from "../auth/schemas";

/** The product page's form: the address is trimmed and lower-cased, so one person is one row per device. */
export const stockAlertRequestSchema = z.object({
  productId: z.string().min(1).max(100),
  email: emailSchema,
});

export type StockAlertRequest = z.infer<typeof stockAlertRequestSchema>;

export const alertLinkSchema = z.object({ token: z.string().min(1).max(300) });

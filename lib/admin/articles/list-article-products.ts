import "server-only";
import { db } from "../../db";

export type ArticleProductOption = { id: string; name: string; active: boolean };

export async function listArticleProducts(): Promise<ArticleProductOption[]> {
  return db.product.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, active: true } });
}

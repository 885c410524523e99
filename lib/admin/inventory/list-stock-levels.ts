import "server-only";
import { db } from "../../db";

export type StockLevel = {
  id: string;
  name: string;
  sku: string;
  slug: string;
  active: boolean;
  onHand: number;
  reserved: number;
  /** What shoppers can still buy. */
  available: number;
  lowStockThreshold: number;
  low: boolean;
  /** Shoppers with a confirmed "back in stock" alert not yet mailed. */
  waiting: number;
};

type ProductRow = { id: string; name: string; sku: string; slug: string; active: boolean; stock: number; reserved: number; lowStockThreshold: number; _count: { stockAlerts: number } };

export function toStockLevel(p: ProductRow): StockLevel {
  const available = Math.max(0, p.stock - p.reserved);
  return {
    id: p.id,
    name: p.name,
    sku: p.sku,
    slug: p.slug,
    active: p.active,
    onHand: p.stock,
    reserved: p.reserved,
    available,
    lowStockThreshold: p.lowStockThreshold,
    low: available <= p.lowStockThreshold,
    waiting: p._count.stockAlerts,
  };
}

const SELECT = {
  id: true,
  name: true,
  sku: true,
  slug: true,
  active: true,
  stock: true,
  reserved: true,
  lowStockThreshold: true,
  _count: { select: { stockAlerts: { where: { status: "CONFIRMED" } } } },
} as const;

/** Every product's stock, on-sale products first. */
export async function listStockLevels(): Promise<StockLevel[]> {
  const products = await db.product.findMany({ select: SELECT, orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }] });
  return products.map(toStockLevel);
}

export async function getStockLevel(productId: string): Promise<StockLevel | null> {
  const product = await db.product.findUnique({ where: { id: productId }, select: SELECT });
  return product ? toStockLevel(product) : null;
}

// The orders list's filters, read from the page's GET query (and the CSV export's), parsed with zod.
// A malformed value is dropped rather than refused: a filter link must never break the list.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";

export const ORDER_STATUSES = ["PENDING", "PAID", "FULFILLED", "EXPIRED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"] as const;
export type OrderStatusValue = (typeof ORDER_STATUSES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

const fields = {
  status: z.enum(ORDER_STATUSES),
  from: day,
  to: day,
  code: z.string().trim().min(1).max(40).transform((value) => value.toUpperCase()),
  q: z.string().trim().min(1).max(120),
  attention: z.literal("1"),
};

export type OrderFilters = { status?: OrderStatusValue; from?: string; to?: string; code?: string; q?: string; attention?: "1" };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseOrderFilters(params: Params): OrderFilters {
  const filters: Record<string, string> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = first(params, key);
    if (raw === undefined || raw === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as OrderFilters;
}

/** The same filters as a query string, for links (CSV export, pagination). */
export function orderFiltersToQuery(filters: OrderFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Dates are whole UTC days, both ends included. */
export function orderFiltersToWhere(filters: OrderFilters): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS) } : {}),
    };
  }
  if (filters.code) where.couponCode = filters.code;
  if (filters.attention) where.attention = { not: null };
  if (filters.q) {
    where.OR = [
      { number: { contains: filters.q, mode: "insensitive" } },
      { email: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  return where;
}

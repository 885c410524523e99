// The filtered orders list as a CSV download, for staff who may see orders.
import { listOrders } from "@/lib/admin/orders/list-orders";
import { parseOrderFilters } from "@/lib/admin/orders/order-filters";
import { ordersToCsv } from "@/lib/admin/orders/orders-csv";
import { authorize } from "@/lib/auth";
import { routeMethods } from "@/lib/http/route-methods";

async function exportOrders(request: Request): Promise<Response> {
  const auth = await authorize("orders.view");
  if (!auth.ok) {
    const status = auth.code === "UNAUTHENTICATED" ? 401 : 403;
    return new Response(status === 401 ? "Sign in first.\n" : "You do not have permission to export orders.\n", {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const filters = parseOrderFilters(new URL(request.url).searchParams);
  const rows = await listOrders(filters, { take: 10_000 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(ordersToCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="orders-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: exportOrders });

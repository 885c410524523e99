// The product's stock ledger as a CSV download, for staff who may adjust stock.
import { authorize } from "@/lib/auth";
import { exportMovements } from "@/lib/admin/inventory";
import { routeMethods } from "@/lib/http/route-methods";

type Context = { params: Promise<{ productId: string }> };

async function exportStockMovements(_request: Request, { params }: Context): Promise<Response> {
  const auth = await authorize("stock.adjust");
  if (!auth.ok) {
    return new Response(auth.code === "UNAUTHENTICATED" ? "Sign in first.\n" : "You do not have permission to export stock movements.\n", {
      status: auth.code === "UNAUTHENTICATED" ? 401 : 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const { productId } = await params;
  const file = await exportMovements(productId);
  if (!file) return new Response("No such product.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(file.csv, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ GET: exportStockMovements });

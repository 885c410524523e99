import { describe, expect, it } from "vitest";
import { movementsCsv } from "./movements-csv";

describe("movementsCsv", () => {
  it("writes one row per movement with quoting and formula guards", () => {
    const csv = movementsCsv("UC-US111", [
      { id: "m1", at: new Date("2026-11-20T09:30:00Z"), delta: 24, reason: "SEED", note: null, actorEmail: null, order: null },
      { id: "m2", at: new Date("2026-11-21T10:00:00Z"), delta: -1, reason: "SALE", note: null, actorEmail: null, order: { id: "o1", number: "UC-7K3M9Q" } },
      { id: "m3", at: new Date("2026-11-22T11:15:00Z"), delta: -2, reason: "DAMAGE", note: 'Box "crushed", water', actorEmail: "kim@ultracare.test", order: null },
      { id: "m4", at: new Date("2026-11-23T12:00:00Z"), delta: 5, reason: "RESTOCK", note: "=HYPERLINK(\"x\")", actorEmail: "kim@ultracare.test", order: null },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "date_utc,sku,change,reason,by,order,note",
      "2026-11-20T09:30:00.000Z,UC-US111,24,SEED,system,,",
      "2026-11-21T10:00:00.000Z,UC-US111,-1,SALE,system,UC-7K3M9Q,",
      '2026-11-22T11:15:00.000Z,UC-US111,-2,DAMAGE,kim@ultracare.test,,"Box ""crushed"", water"',
      `2026-11-23T12:00:00.000Z,UC-US111,5,RESTOCK,kim@ultracare.test,,"'=HYPERLINK(""x"")"`,
      "",
    ]);
  });
});

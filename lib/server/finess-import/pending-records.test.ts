import { describe, expect, it } from "vitest";
import { PendingRecords } from "./pending-records";

describe("PendingRecords", () => {
  it("queues records until taken, and rejects a FINESS number met again in the file", () => {
    const pending = new PendingRecords<{ finess: string }>();
    expect(pending.add(2, { finess: "010000024" })).toBeNull();
    expect(pending.size).toBe(1);
    expect(pending.take()).toEqual([{ line: 2, record: { finess: "010000024" } }]);
    expect(pending.size).toBe(0);
    expect(pending.add(9, { finess: "010000024" })).toBe("Doublon : le numéro FINESS 010000024 figure déjà ligne 2 ; ligne ignorée.");
    expect(pending.take()).toEqual([]);
  });
});

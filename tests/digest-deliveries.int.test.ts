import { beforeAll, describe, expect, it } from "vitest";
import type { Mailer } from "@/lib/adapters/email";
import { db } from "@/lib/server/db";
import { listDigestDeliveries } from "@/lib/server/reporting/digest-deliveries";
import { sendWeeklyDigests } from "@/lib/server/reporting/weekly-digest";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const WEEK = "2026-W47";
/** A relay that takes every message but Corse's (94), which it refuses. */
const mailer: Mailer = {
  async send(message) {
    if (message.subject.includes("Corse")) throw new Error("550 mailbox unavailable");
    return { messageId: `<${message.to}@test>` };
  },
};

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
});

describe("the e-mail page's digest rows, read from the database whatever the relay", () => {
  it("lists every ARS's digest of the week after a run: sent with its date, or refused by the relay", async () => {
    expect(await listDigestDeliveries(100)).toEqual([]);
    const report = await sendWeeklyDigests(WEEK, { client: db(), mailer });
    expect(report.failed.map((f) => f.regionCode)).toEqual(["94"]);

    const rows = await listDigestDeliveries(100);
    expect(rows).toHaveLength(18);
    expect(rows.every((row) => row.week === WEEK)).toBe(true);
    expect(rows.find((row) => row.regionCode === "84")).toMatchObject({
      regionName: "Auvergne-Rhône-Alpes",
      recipient: "ARS-ARA-distrilog-sante@ars.sante.fr",
      status: "sent",
      sentAt: expect.any(Date),
    });
    expect(rows.find((row) => row.regionCode === "94")).toMatchObject({ regionName: "Corse", sentAt: null, status: "failed" });
    // By name within the week, as the page reads them.
    expect(rows[0].regionName).toBe("Auvergne-Rhône-Alpes");
  });
});

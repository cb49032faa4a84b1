import { beforeAll, describe, expect, it, vi } from "vitest";
import { setArsMailboxAction } from "@/app/(admin)/admin/boites-ars/actions";
import type { EmailMessage, Mailer } from "@/lib/adapters/email";
import { currentActor, type Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { listArsMailboxes, regionalContactWithMailbox, setArsMailbox } from "@/lib/server/referential/ars-mailboxes";
import { sendWeeklyDigests } from "@/lib/server/reporting/weekly-digest";
import { seedDemo, seedReferential } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createUser } from "./reporting-factories";

vi.mock("@/lib/server/actor", async (original) => ({
  ...(await original<typeof import("@/lib/server/actor")>()),
  currentActor: vi.fn(),
}));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn() }));

const GUADELOUPE_MAILBOX = "ars-guadeloupe-distrilog-sante@ars.sante.fr";
const sent: EmailMessage[] = [];
const mailer: Mailer = {
  async send(message) {
    sent.push(message);
    return { messageId: `<${sent.length}@test>` };
  },
};
let admin: Actor;

const mailboxOf = async (code: string) => (await db().region.findUniqueOrThrow({ where: { code } })).mailbox;

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  const user = await createUser("admin@demo.fr", { roles: ["NATIONAL_ADMIN"] });
  admin = { id: user.id, email: user.email, roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };
  vi.mocked(currentActor).mockResolvedValue(admin);
});

describe("the ARS mailboxes, stored on the regions", () => {
  it("refuses a malformed address in French and changes nothing", async () => {
    const auditRows = await db().auditLog.count();
    const result = await setArsMailboxAction({ regionCode: "01", mailbox: "ars971 alerte" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { mailbox: ["Adresse électronique invalide : elle doit être de la forme nom@domaine.fr."] } });
    expect(await setArsMailboxAction({ regionCode: "99", mailbox: GUADELOUPE_MAILBOX })).toMatchObject({
      ok: false,
      fieldErrors: { regionCode: ["Choisissez la région dans la liste."] },
    });
    expect(await mailboxOf("01")).toBe("ars971-alerte@ars.sante.fr");
    expect(await db().auditLog.count()).toBe(auditRows);
  });

  it("journals the change with before and after; the help page's list, the refusal page's contact and the digest use it", async () => {
    expect(await setArsMailboxAction({ regionCode: "01", mailbox: ` ${GUADELOUPE_MAILBOX} ` })).toEqual({ ok: true, data: { name: "Guadeloupe", mailbox: GUADELOUPE_MAILBOX } });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "region.mailbox.update" } });
    expect(entry).toMatchObject({
      actorEmail: "admin@demo.fr",
      entityType: "Region",
      entityId: "01",
      before: { mailbox: "ars971-alerte@ars.sante.fr" },
      after: { mailbox: GUADELOUPE_MAILBOX },
    });

    expect((await listArsMailboxes()).find((region) => region.code === "01")?.mailbox).toBe(GUADELOUPE_MAILBOX);
    // Saint-Martin (978) is the ARS of Guadeloupe's.
    expect(await regionalContactWithMailbox("978")).toMatchObject({ kind: "ars", region: { code: "01" }, mailbox: GUADELOUPE_MAILBOX });

    const report = await sendWeeklyDigests("2026-W47", { client: db(), mailer });
    expect(report.sent).toHaveLength(18);
    const guadeloupe = sent.filter((message) => message.subject.includes("Guadeloupe"));
    expect(guadeloupe.map((message) => message.to)).toEqual([GUADELOUPE_MAILBOX]);
    expect(await db().digestDelivery.findUniqueOrThrow({ where: { regionCode_week: { regionCode: "01", week: "2026-W47" } } })).toMatchObject({
      recipient: GUADELOUPE_MAILBOX,
    });
  });

  it("keeps the admin's address when the seed runs again", async () => {
    await setArsMailbox(admin, { regionCode: "02", mailbox: "ars-martinique@ars.sante.fr" });
    await seedReferential(db());
    expect(await mailboxOf("02")).toBe("ars-martinique@ars.sante.fr");
    expect(await mailboxOf("01")).toBe(GUADELOUPE_MAILBOX);
  });
});

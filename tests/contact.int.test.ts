import { beforeEach, describe, expect, it } from "vitest";
import { sendContactMessageAction } from "@/app/(public)/contact/actions";
import { FINESS_ERROR_MESSAGES, withFinessKey } from "@/lib/domain/finess/finess-number";
import { db } from "@/lib/server/db";
import { resetDatabase } from "./database";

const valid = {
  name: "Camille Martin",
  email: "camille.martin@clinique-demo.fr",
  finess: "69 081 234 2",
  topic: "commande",
  message: "Notre commande de masques n'apparaît plus dans la liste.",
};

async function storedRows() {
  return { messages: await db().contactMessage.count(), audit: await db().auditLog.count() };
}

describe("sendContactMessageAction on PostgreSQL", () => {
  beforeEach(resetDatabase);

  it("stores one message, normalized, with an audit row that keeps no personal data", async () => {
    const result = await sendContactMessageAction(valid);
    expect(result.ok).toBe(true);
    const messages = await db().contactMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ name: valid.name, email: valid.email, finess: "690812342", topic: "commande", handledAt: null });
    expect(result).toEqual({ ok: true, data: { id: messages[0].id } });

    const audit = await db().auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "contact_message.create", entityType: "ContactMessage", entityId: messages[0].id, actorId: null });
    expect(JSON.stringify(audit[0].after)).not.toMatch(/Camille|clinique-demo|masques/);
  });

  it("stores a FINESS left empty as null, and a Corsican one in upper case", async () => {
    const corsica = withFinessKey("2B000002");
    expect((await sendContactMessageAction({ ...valid, finess: "" })).ok).toBe(true);
    expect((await sendContactMessageAction({ ...valid, finess: corsica.toLowerCase() })).ok).toBe(true);
    const stored = await db().contactMessage.findMany({ select: { finess: true } });
    expect(stored.map((m) => m.finess).sort()).toEqual([corsica, null].sort());
  });

  it.each([
    ["a malformed e-mail", { email: "camille.martin@clinique" }, "email", "Adresse électronique invalide : elle doit être de la forme nom@domaine.fr."],
    ["a FINESS with a wrong key", { finess: "690812343" }, "finess", FINESS_ERROR_MESSAGES.key],
    ["an empty message", { message: "   " }, "message", "Écrivez votre message."],
    ["an unknown topic", { topic: "publicité" }, "topic", "Choisissez le sujet de votre message dans la liste."],
  ])("refuses %s with a French message and stores nothing", async (_case, change, field, message) => {
    const result = await sendContactMessageAction({ ...valid, ...change });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [field]: [message] } });
    expect(await storedRows()).toEqual({ messages: 0, audit: 0 });
  });

  it.each([null, undefined, "bonjour", 42, [valid], {}])("refuses %j, which is not a contact form, and stores nothing", async (garbage) => {
    const result = await sendContactMessageAction(garbage);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await storedRows()).toEqual({ messages: 0, audit: 0 });
  });
});

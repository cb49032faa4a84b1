import { beforeEach, describe, expect, it, vi } from "vitest";
import type { EmailMessage, Mailer } from "@/lib/adapters/email";
import type { Actor } from "@/lib/server/actor";
import { answerContactMessage, sendPendingContactAnswers } from "@/lib/server/contact/answers";
import { takeContactMessageInHand } from "@/lib/server/contact/in-progress";
import { contactMessageWithAnswer, listContactMessages } from "@/lib/server/contact/inbox";
import { storeContactMessage } from "@/lib/server/contact/messages";
import { db } from "@/lib/server/db";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

/** The relay as the test wants it: accepting (keeping what it got) or down. */
const relay = { up: true, sent: [] as EmailMessage[] };
const fakeMailer: Mailer = {
  async send(message) {
    if (!relay.up) throw new Error("connect ECONNREFUSED 127.0.0.1:25");
    relay.sent.push(message);
    return { messageId: `<${relay.sent.length}@test>` };
  },
};
vi.mock("@/lib/server/mailer", () => ({ mailer: () => fakeMailer }));

const queued = vi.hoisted(() => ({ sends: [] as string[] }));
vi.mock("@/lib/server/jobs/job-queue", () => ({
  jobQueue: async () => ({ createQueue: async () => {}, send: async (name: string) => void queued.sends.push(name) }),
}));

const admin: Actor = { id: "admin-1", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };
const NOW = new Date("2026-12-02T10:00:00Z");
const NATIONAL = { kind: "national" } as const;

const sendMessage = (at: Date, email = "camille.martin@clinique-demo.fr") =>
  storeContactMessage({ name: "Camille Martin", email, finess: undefined, topic: "livraison", message: "Notre livraison de masques n'est pas arrivée." }, at);

describe("the contact inbox on PostgreSQL", () => {
  beforeEach(async () => {
    await resetDatabase();
    Object.assign(relay, { up: true, sent: [] });
    queued.sends = [];
  });

  it("e-mails the answer to the sender, with the answer's text and their message, and journals who answered", async () => {
    const { id } = await sendMessage(NOW);
    expect(await answerContactMessage(admin, { messageId: id, answer: "Elle part demain de l'entrepôt." }, NOW)).toEqual({
      to: "camille.martin@clinique-demo.fr",
      delivery: "sent",
    });
    expect(relay.sent).toHaveLength(1);
    expect(relay.sent[0]).toMatchObject({ to: "camille.martin@clinique-demo.fr", subject: "Réponse à votre message : Livraison" });
    expect(relay.sent[0].text).toContain("Elle part demain de l'entrepôt.");
    expect(relay.sent[0].text).toContain("> Notre livraison de masques n'est pas arrivée.");

    const stored = await contactMessageWithAnswer(id, NATIONAL);
    expect(stored).toMatchObject({ status: "ANSWERED", handledAt: NOW, answer: { answeredByEmail: "admin@demo.fr", attempts: 1, lastError: null } });
    expect(stored?.answer?.sentAt).toBeInstanceOf(Date);
    const journal = await db().auditLog.findMany({ where: { action: "contact_message.answer" } });
    expect(journal).toEqual([expect.objectContaining({ actorEmail: "admin@demo.fr", entityType: "ContactMessage", entityId: id })]);
    expect(JSON.stringify(journal[0].after)).not.toMatch(/entrepôt|camille/);
    expect(queued.sends).toEqual([]);
  });

  it("keeps an answer the relay refuses, says it is pending, queues a retry, and the retry sends it once", async () => {
    const { id } = await sendMessage(NOW);
    relay.up = false;
    expect(await answerContactMessage(admin, { messageId: id, answer: "Elle part demain de l'entrepôt." }, NOW)).toMatchObject({ delivery: "pending" });
    expect(await contactMessageWithAnswer(id, NATIONAL)).toMatchObject({
      status: "ANSWER_PENDING",
      answer: { sentAt: null, attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:25" },
    });
    expect(queued.sends).toEqual(["contact-answers"]);
    expect(await sendPendingContactAnswers(db(), fakeMailer)).toEqual({ sent: 0, pending: 1 });

    relay.up = true;
    expect(await sendPendingContactAnswers(db(), fakeMailer)).toEqual({ sent: 1, pending: 0 });
    expect(relay.sent.map((m) => m.to)).toEqual(["camille.martin@clinique-demo.fr"]);
    expect(await contactMessageWithAnswer(id, NATIONAL)).toMatchObject({ status: "ANSWERED", answer: { attempts: 3, lastError: null } });
    expect(await sendPendingContactAnswers(db(), fakeMailer)).toEqual({ sent: 0, pending: 0 });
    expect(relay.sent).toHaveLength(1);
  });

  it("leaves an answer held by a live sender alone, and takes over one whose sender died", async () => {
    const { id } = await sendMessage(NOW);
    relay.up = false;
    await answerContactMessage(admin, { messageId: id, answer: "Elle part demain de l'entrepôt." }, NOW);
    relay.up = true;
    await db().contactAnswer.updateMany({ data: { claimedAt: new Date() } });
    expect(await sendPendingContactAnswers(db(), fakeMailer)).toEqual({ sent: 0, pending: 1 });
    expect(await sendPendingContactAnswers(db(), fakeMailer, 0)).toEqual({ sent: 1, pending: 0 });
  });

  it("refuses a second answer, and an unknown message, in French, changing nothing", async () => {
    const { id } = await sendMessage(NOW);
    await answerContactMessage(admin, { messageId: id, answer: "Elle part demain de l'entrepôt." }, NOW);
    await expect(answerContactMessage(admin, { messageId: id, answer: "Une autre réponse encore." }, NOW)).rejects.toMatchObject({
      code: "CONTACT_MESSAGE_ALREADY_ANSWERED",
      message: "Ce message a déjà reçu une réponse : rechargez la page pour la lire.",
    });
    await expect(answerContactMessage(admin, { messageId: "inconnu", answer: "Une réponse à personne." }, NOW)).rejects.toMatchObject({
      code: "CONTACT_MESSAGE_NOT_FOUND",
    });
    expect(await db().contactAnswer.count()).toBe(1);
    expect(await db().auditLog.count({ where: { action: "contact_message.answer" } })).toBe(1);
    expect(relay.sent).toHaveLength(1);
  });

  it("lists messages newest first, and the unanswered ones apart", async () => {
    const older = await sendMessage(new Date("2026-12-01T08:00:00Z"), "premier@demo.fr");
    const newer = await sendMessage(new Date("2026-12-02T08:00:00Z"), "second@demo.fr");
    await answerContactMessage(admin, { messageId: older.id, answer: "Voici la réponse attendue." }, NOW);
    expect((await listContactMessages("tous", NATIONAL)).map((m) => [m.email, m.status])).toEqual([
      ["second@demo.fr", "NEW"],
      ["premier@demo.fr", "ANSWERED"],
    ]);
    expect((await listContactMessages("sans-reponse", NATIONAL)).map((m) => m.id)).toEqual([newer.id]);
  });

  it("takes a new message in hand once, journaled; the inbox filters new, in progress, unanswered", async () => {
    const taken = await sendMessage(new Date("2026-12-01T08:00:00Z"), "premier@demo.fr");
    const untouched = await sendMessage(new Date("2026-12-02T08:00:00Z"), "second@demo.fr");
    expect(await takeContactMessageInHand(admin, { messageId: taken.id }, NOW)).toEqual({ by: "admin@demo.fr" });
    expect(await contactMessageWithAnswer(taken.id, NATIONAL)).toMatchObject({ status: "IN_PROGRESS", inProgressByEmail: "admin@demo.fr", inProgressAt: NOW });
    expect(await db().auditLog.findFirst({ where: { action: "contact_message.in-progress", entityId: taken.id } })).toMatchObject({
      actorEmail: "admin@demo.fr",
      before: { status: "NEW" },
      after: { status: "IN_PROGRESS" },
    });
    expect((await listContactMessages("en-cours", NATIONAL)).map((m) => m.id)).toEqual([taken.id]);
    expect((await listContactMessages("nouveaux", NATIONAL)).map((m) => m.id)).toEqual([untouched.id]);
    expect((await listContactMessages("sans-reponse", NATIONAL)).map((m) => m.id)).toEqual([untouched.id, taken.id]);

    // Taken twice: refused with who holds it, nothing more journaled.
    const other: Actor = { ...admin, id: "admin-2", email: "autre.admin@demo.fr" };
    await expect(takeContactMessageInHand(other, { messageId: taken.id }, NOW)).rejects.toMatchObject({
      refusal: { code: "CONTACT_MESSAGE_ALREADY_IN_PROGRESS", message: "Ce message est déjà en cours de traitement par admin@demo.fr : rechargez la page." },
    });
    // In progress, then answered: it leaves the « en cours » list; an answered message cannot be taken in hand.
    await answerContactMessage(admin, { messageId: taken.id, answer: "Voici la réponse attendue." }, NOW);
    expect(await listContactMessages("en-cours", NATIONAL)).toEqual([]);
    await expect(takeContactMessageInHand(admin, { messageId: taken.id }, NOW)).rejects.toMatchObject({ refusal: { code: "CONTACT_MESSAGE_ALREADY_ANSWERED" } });
    expect(await db().auditLog.count({ where: { action: "contact_message.in-progress" } })).toBe(1);
  });
});

describe("an ARS's contact inbox", () => {
  const ars: Actor = { id: "ars-1", email: "ars.ara@demo.fr", roles: ["ARS"], regionCode: "84", establishmentFiness: null };
  const ARA = { kind: "region", regionCode: "84" } as const;
  const from = (finess: string | undefined, email: string) =>
    storeContactMessage({ name: "Dominique Petit", email, finess, topic: "commande", message: "Une question sur notre commande de gants." }, NOW);

  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
    Object.assign(relay, { up: true, sent: [] });
  });

  it("holds the messages naming an establishment of the region, or its legal entity, and no other", async () => {
    const lyon = await from(DEMO_FINESS.clinicEt, "lyon@demo.fr");
    const clermont = await from(DEMO_FINESS.ehpadEj, "clermont@demo.fr");
    const paris = await from(DEMO_FINESS.idfClinicEt, "paris@demo.fr");
    const none = await from(undefined, "sans-finess@demo.fr");
    expect((await listContactMessages("tous", ARA)).map((m) => m.email).sort()).toEqual(["clermont@demo.fr", "lyon@demo.fr"]);
    expect((await listContactMessages("tous", NATIONAL)).map((m) => m.id).sort()).toEqual([lyon.id, clermont.id, paris.id, none.id].sort());
    expect(await contactMessageWithAnswer(paris.id, ARA)).toBeNull();
    expect(await contactMessageWithAnswer(none.id, ARA)).toBeNull();
    expect(await contactMessageWithAnswer(lyon.id, ARA)).toMatchObject({ email: "lyon@demo.fr", status: "NEW" });
  });

  it("answers its region's messages, and is refused another region's, changing nothing", async () => {
    const lyon = await from(DEMO_FINESS.clinicEt, "lyon@demo.fr");
    const paris = await from(DEMO_FINESS.idfClinicEt, "paris@demo.fr");
    expect(await answerContactMessage(ars, { messageId: lyon.id, answer: "Votre commande part jeudi." }, NOW)).toMatchObject({ delivery: "sent" });
    await expect(answerContactMessage(ars, { messageId: paris.id, answer: "Votre commande part jeudi." }, NOW)).rejects.toMatchObject({
      code: "CONTACT_MESSAGE_OUT_OF_REGION",
    });
    expect(await db().contactAnswer.count()).toBe(1);
    expect(relay.sent.map((m) => m.to)).toEqual(["lyon@demo.fr"]);
  });
});

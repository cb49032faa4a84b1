import { describe, expect, it } from "vitest";
import { contactAnswerMail } from "./answer-mail";
import { CONTACT_STATUS_MOVES, contactMessageStatus, inboxScope, mayAnswer, mayTakeInHand, type ContactMessageStatus } from "./inbox";

describe("contactMessageStatus", () => {
  it("is new without an answer, pending while the answer is unsent, answered once sent", () => {
    expect(contactMessageStatus(null)).toBe("NEW");
    expect(contactMessageStatus({ sentAt: null })).toBe("ANSWER_PENDING");
    expect(contactMessageStatus({ sentAt: new Date("2026-12-02T10:00:00Z") })).toBe("ANSWERED");
  });

  it("is in progress once taken in hand, until answered", () => {
    const takenAt = new Date("2026-12-02T09:00:00Z");
    expect(contactMessageStatus(null, takenAt)).toBe("IN_PROGRESS");
    expect(contactMessageStatus({ sentAt: null }, takenAt)).toBe("ANSWER_PENDING");
    expect(contactMessageStatus({ sentAt: new Date("2026-12-02T10:00:00Z") }, takenAt)).toBe("ANSWERED");
  });
});

describe("the inbox's moves", () => {
  it.each<[ContactMessageStatus, boolean, boolean]>([
    ["NEW", true, true],
    ["IN_PROGRESS", true, false],
    ["ANSWER_PENDING", false, false],
    ["ANSWERED", false, false],
  ])("a %s message may be answered: %s; taken in hand: %s", (status, answerable, takeable) => {
    expect(mayAnswer(status)).toBe(answerable);
    expect(mayTakeInHand(status)).toBe(takeable);
  });

  it("never goes back: no status leads to NEW, and an answered message stays answered", () => {
    for (const moves of Object.values(CONTACT_STATUS_MOVES)) expect(moves).not.toContain("NEW");
    expect(CONTACT_STATUS_MOVES.ANSWERED).toEqual([]);
  });
});

describe("contactAnswerMail", () => {
  it("greets the sender, gives the answer, then quotes their message with its Paris date", () => {
    const mail = contactAnswerMail(
      { name: "Camille Martin", topicLabel: "Livraison", createdAt: new Date("2026-12-02T09:30:00Z"), message: "Où en est\nma livraison ?" },
      "Elle part demain.",
    );
    expect(mail.subject).toBe("Réponse à votre message : Livraison");
    expect(mail.text).toBe(
      [
        "Bonjour Camille Martin,",
        "",
        "Elle part demain.",
        "",
        "L'équipe nationale Distrilog-santé",
        "",
        "Votre message du 02/12/2026 10:30 (heure de Paris) :",
        "> Où en est",
        "> ma livraison ?",
      ].join("\n"),
    );
  });
});

describe("inboxScope", () => {
  it("gives the national admin every message, an ARS its region's, anyone else none", () => {
    expect(inboxScope({ roles: ["NATIONAL_ADMIN"], regionCode: null })).toEqual({ kind: "national" });
    expect(inboxScope({ roles: ["ARS"], regionCode: "84" })).toEqual({ kind: "region", regionCode: "84" });
    expect(inboxScope({ roles: ["ARS"], regionCode: null })).toBeNull();
    expect(inboxScope({ roles: ["CRISIS_CENTER", "OPERATOR"], regionCode: null })).toBeNull();
  });
});

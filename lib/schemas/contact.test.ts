import { describe, expect, it } from "vitest";
import { z } from "./zod";
import { FINESS_ERROR_MESSAGES, withFinessKey } from "@/lib/domain/finess/finess-number";
import { CONTACT_LIMITS } from "@/lib/domain/contact/message-form";
import { contactMessageSchema, inboxFilterSchema } from "./contact";

const valid = {
  name: "Camille Martin",
  email: "camille.martin@clinique-demo.fr",
  finess: "",
  topic: "commande",
  message: "Notre commande de masques n'apparaît plus dans la liste.",
};

/** The first message of each field, as the form shows it. */
function fieldErrors(input: unknown): Record<string, string | undefined> {
  const result = contactMessageSchema.safeParse(input);
  if (result.success) return {};
  const { fieldErrors: errors } = z.flattenError(result.error);
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, (messages as string[])[0]]));
}

describe("contact message schema", () => {
  it("accepts a complete message and trims it", () => {
    const parsed = contactMessageSchema.parse({ ...valid, name: "  Camille Martin ", email: " camille@exemple.fr ", message: `  ${valid.message}\n` });
    expect(parsed).toEqual({ ...valid, email: "camille@exemple.fr", finess: undefined });
  });

  it("takes an empty or blank FINESS as not given", () => {
    expect(contactMessageSchema.parse(valid).finess).toBeUndefined();
    expect(contactMessageSchema.parse({ ...valid, finess: "   " }).finess).toBeUndefined();
    expect(contactMessageSchema.parse({ ...valid, finess: undefined }).finess).toBeUndefined();
  });

  it("normalizes a FINESS typed with spaces or lower case", () => {
    const corsica = withFinessKey("2A000001");
    expect(contactMessageSchema.parse({ ...valid, finess: " 01 000 0024 " }).finess).toBe("010000024");
    expect(contactMessageSchema.parse({ ...valid, finess: corsica.toLowerCase() }).finess).toBe(corsica);
  });

  it("refuses a wrong FINESS with the FINESS module's French message", () => {
    expect(fieldErrors({ ...valid, finess: "010000025" })).toEqual({ finess: FINESS_ERROR_MESSAGES.key });
    expect(fieldErrors({ ...valid, finess: "0100000" })).toEqual({ finess: FINESS_ERROR_MESSAGES.length });
    expect(fieldErrors({ ...valid, finess: "01000A024" })).toEqual({ finess: FINESS_ERROR_MESSAGES.characters });
  });

  it("says in French which required field is missing, once per field", () => {
    expect(fieldErrors({ name: " ", email: "", finess: "", topic: "", message: "   " })).toEqual({
      name: "Indiquez votre nom.",
      email: "Indiquez votre adresse électronique.",
      topic: "Choisissez le sujet de votre message dans la liste.",
      message: "Écrivez votre message.",
    });
    expect(fieldErrors({})).toEqual({
      name: "Indiquez votre nom.",
      email: "Indiquez votre adresse électronique.",
      topic: "Choisissez le sujet de votre message dans la liste.",
      message: "Écrivez votre message.",
    });
  });

  it("refuses a malformed e-mail address and an unknown topic", () => {
    expect(fieldErrors({ ...valid, email: "camille.martin@" })).toEqual({
      email: "Adresse électronique invalide : elle doit être de la forme nom@domaine.fr.",
    });
    expect(fieldErrors({ ...valid, topic: "publicité" })).toEqual({ topic: "Choisissez le sujet de votre message dans la liste." });
  });

  it("bounds the name and the message", () => {
    expect(contactMessageSchema.safeParse({ ...valid, name: "N".repeat(CONTACT_LIMITS.name) }).success).toBe(true);
    expect(fieldErrors({ ...valid, name: "N".repeat(CONTACT_LIMITS.name + 1) })).toEqual({
      name: "Votre nom ne peut dépasser 200 caractères.",
    });
    expect(contactMessageSchema.safeParse({ ...valid, message: "m".repeat(CONTACT_LIMITS.messageMin) }).success).toBe(true);
    expect(fieldErrors({ ...valid, message: "Bonjour" })).toEqual({ message: "Votre message doit comporter au moins 10 caractères." });
    expect(contactMessageSchema.safeParse({ ...valid, message: "m".repeat(CONTACT_LIMITS.messageMax) }).success).toBe(true);
    expect(fieldErrors({ ...valid, message: "m".repeat(CONTACT_LIMITS.messageMax + 1) }).message).toMatch(
      /^Votre message ne peut dépasser 5\s000 caractères\.$/,
    );
  });

  it("refuses what is not a form, and drops fields it does not know", () => {
    for (const garbage of [null, "bonjour", 42, [valid]]) expect(contactMessageSchema.safeParse(garbage).success).toBe(false);
    expect(contactMessageSchema.parse({ ...valid, handledAt: "2026-01-01", id: "x" })).not.toHaveProperty("handledAt");
  });
});

describe("inbox filter", () => {
  it("shows every message without a filter, one status with a known one, and refuses any other in French", () => {
    expect(inboxFilterSchema.parse(undefined)).toBe("tous");
    expect(inboxFilterSchema.parse("en-cours")).toBe("en-cours");
    expect(inboxFilterSchema.safeParse("archives").error?.issues[0].message).toBe(
      "Ce filtre de messages n'existe pas : tous les messages sont affichés. Choisissez un filtre ci-dessous.",
    );
  });
});

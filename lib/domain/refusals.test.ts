import { describe, expect, it } from "vitest";
import { accessRefusals } from "./access/refusals";
import { allocationRefusals } from "./allocation/refusals";
import { timeRefusals } from "./time/refusals";
import { catalogueRefusals } from "./catalogue/refusals";
import { DomainError, inputRefusals } from "./errors";
import { finessImportRefusals } from "./finess/import-refusals";
import { logisticsRefusals } from "./logistics/refusals";
import { mutualAidRefusals } from "./mutual-aid/refusals";
import { orderRefusals } from "./orders/refusals";
import { quotaRefusals } from "./quota/refusals";
import { referentialRefusals } from "./referential/refusals";
import { reportingRefusals } from "./reporting/refusals";
import { requestRefusals } from "./requests/refusals";
import { sessionRefusals } from "./session/refusals";
import { stockRefusals } from "./stock/refusals";
import { tensionRefusals } from "./tension/refusals";

const CATALOGUES = {
  accessRefusals,
  allocationRefusals,
  timeRefusals,
  catalogueRefusals,
  finessImportRefusals,
  inputRefusals,
  logisticsRefusals,
  mutualAidRefusals,
  orderRefusals,
  quotaRefusals,
  referentialRefusals,
  reportingRefusals,
  requestRefusals,
  sessionRefusals,
  stockRefusals,
  tensionRefusals,
};

describe("the refusal catalogues", () => {
  it("give each code to one refusal only, across every module: metrics and tests key on it", () => {
    const codes = Object.values(CATALOGUES).flatMap((catalogue) => catalogue.codes);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it("make an error that carries the code, the French message and the details", () => {
    const error = allocationRefusals.refuse("ROUND_ALREADY_OPEN", { product: "Masque FFP2", week: "2026-W49" });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.refusal).toEqual({
      code: "ROUND_ALREADY_OPEN",
      message: "Masque FFP2 est déjà en répartition pour la semaine 2026-W49.",
      details: { product: "Masque FFP2", week: "2026-W49" },
    });
    expect(DomainError.of(error.refusal)).toMatchObject(error.refusal);
    expect(timeRefusals.refusal("WEEK_NOT_FOUND")).toEqual({ code: "WEEK_NOT_FOUND", message: "Cette semaine ISO n'existe pas." });
  });

  it("tell a user whose access was withdrawn its real cause, not their role", () => {
    const category = { code: "365", label: "Etablissement de Soins Pluridisciplinaire", eligible: false };
    const { message } = accessRefusals.refusal("ACCESS_WITHDRAWN", { cause: { code: "CATEGORY_NOT_ELIGIBLE", finess: "690812342", categories: [category] } });
    expect(message).toMatch(/^Accès refusé : la catégorie de votre établissement n'est pas éligible\. Catégorie FINESS 365/);
    expect(accessRefusals.refusal("ACCESS_WITHDRAWN", { cause: { code: "MISSING_ROLE", finess: "690812342" } }).message).toMatch(/^Accès refusé : /);
  });

  it("name the PLAGE roles to ask for, and who holds what is refused", () => {
    expect(accessRefusals.refusal("ROLE_REQUIRED", { roles: ["Opérateur commande EPI", "Opérateur inventaire EPI"], purpose: "déclarer le stock" }).message).toBe(
      "Il faut le rôle « Opérateur commande EPI » ou « Opérateur inventaire EPI » pour déclarer le stock. Demandez-le à l'administrateur principal (APE) de votre établissement.",
    );
    expect(accessRefusals.refusal("FORBIDDEN", { holders: "aux ARS" }).message).toBe("Accès refusé : réservé aux ARS ; votre rôle ne le permet pas.");
  });

  it("explain a refused exchange move, a repeated one as already done", () => {
    expect(mutualAidRefusals.refusal("EXCHANGE_MOVE_REFUSED", { from: "RECEIVED", to: "RECEIVED" }).message).toBe(
      "Cet échange est déjà « Reçu » : rien n'a été modifié.",
    );
    expect(mutualAidRefusals.refusal("EXCHANGE_MOVE_REFUSED", { from: "REQUESTED", to: "HANDED_OVER" }).message).toBe(
      "Cet échange est « Demandé » : il ne peut pas passer à « Remis » de votre part.",
    );
  });

  it("word a decree clash with its period in Paris time", () => {
    const clash = { startsAt: new Date("2026-11-30T23:00:00Z"), endsAt: new Date("2026-12-31T23:00:00Z") };
    expect(tensionRefusals.refusal("DECREE_OVERLAP", { category: "Gants", clash }).message).toMatch(
      /^Gants : un décret de tension couvre déjà une partie de cette période \(du 01\/12\/2026 00:00 au 01\/01\/2027 00:00\)\./,
    );
  });
});

describe("the abuse limit's refusal", () => {
  it("says what was limited and when to try again, in seconds or whole minutes", () => {
    expect(accessRefusals.refusal("RATE_LIMITED", { limit: "account", retryAfterSeconds: 1 }).message).toBe(
      "Trop d'actions en peu de temps pour ce compte : réessayez dans 1 seconde.",
    );
    expect(accessRefusals.refusal("RATE_LIMITED", { limit: "publicForm", retryAfterSeconds: 61 }).message).toBe(
      "Trop de messages envoyés depuis cette adresse : réessayez dans 2 minutes.",
    );
  });
});

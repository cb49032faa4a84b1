import { describe, expect, it } from "vitest";
import { chooseProfile, decideAccess, type AccessRequest, type FinessRecord } from "./access-decision";
import { explainFailure } from "./failure-explanations";

const eligible = { code: "365", label: "Etablissement de Soins Pluridisciplinaire", eligible: true };
const pharmacy = { code: "620", label: "Pharmacie d'Officine", eligible: false };
const ch = { code: "355", label: "Centre Hospitalier (C.H.)", eligible: true };

const privateClinic: FinessRecord = {
  kind: "ET",
  closedOn: null,
  finess: "690812342",
  category: eligible,
  legalEntity: { finess: "690812334", sector: "PRIVATE_COMMERCIAL", establishmentCount: 1 },
};
const publicMultiSiteEt: FinessRecord = {
  kind: "ET",
  closedOn: null,
  finess: "380000117",
  category: { code: "101", label: "C.H.R.", eligible: true },
  legalEntity: { finess: "380780007", sector: "PUBLIC", establishmentCount: 2 },
};
const publicMultiSiteEj: FinessRecord = {
  kind: "EJ",
  closedOn: null,
  finess: "380780007",
  sector: "PUBLIC",
  establishments: [
    { finess: "380000117", category: { code: "101", label: "C.H.R.", eligible: true } },
    { finess: "380000125", category: { code: "101", label: "C.H.R.", eligible: true } },
  ],
};
const publicMonoSiteEt: FinessRecord = {
  kind: "ET",
  closedOn: null,
  finess: "010005015",
  category: ch,
  legalEntity: { finess: "010785004", sector: "PUBLIC", establishmentCount: 1 },
};

const operator = (finess: string) => ({ finess, roles: ["OPERATOR" as const], regionCode: null });

function codes(request: AccessRequest) {
  return decideAccess(request).failures.map((f) => f.code);
}

describe("access decision", () => {
  it("lets a private clinic's ET with an eligible category and the operator role in", () => {
    expect(decideAccess({ profile: operator("690812342"), record: privateClinic, boundFiness: null })).toEqual({
      allowed: true,
      failures: [],
      audience: "establishment",
    });
  });

  it("lets a public single-site hospital in with its ET", () => {
    expect(codes({ profile: operator("010005015"), record: publicMonoSiteEt, boundFiness: null })).toEqual([]);
  });

  it("refuses the ET of a public multi-site hospital and names the EJ to use", () => {
    const decision = decideAccess({ profile: operator("380000117"), record: publicMultiSiteEt, boundFiness: null });
    expect(decision.allowed).toBe(false);
    expect(decision.failures).toEqual([{ code: "USE_LEGAL_ENTITY_FINESS", finess: "380000117", legalEntityFiness: "380780007" }]);
  });

  it("lets the EJ of a public multi-site hospital in", () => {
    expect(codes({ profile: operator("380780007"), record: publicMultiSiteEj, boundFiness: null })).toEqual([]);
  });

  it("refuses an EJ when the entity is private, naming its ETs", () => {
    const record: FinessRecord = { kind: "EJ", closedOn: null, finess: "690812334", sector: "PRIVATE_COMMERCIAL", establishments: [{ finess: "690812342", category: eligible }] };
    expect(decideAccess({ profile: operator("690812334"), record, boundFiness: null }).failures).toEqual([
      { code: "USE_ESTABLISHMENT_FINESS", finess: "690812334", establishmentFinesses: ["690812342"] },
    ]);
  });

  it("refuses the EJ of a public single-site hospital: it must use its ET", () => {
    const record: FinessRecord = { kind: "EJ", closedOn: null, finess: "010785004", sector: "PUBLIC", establishments: [{ finess: "010005015", category: ch }] };
    expect(codes({ profile: operator("010785004"), record, boundFiness: null })).toEqual(["USE_ESTABLISHMENT_FINESS"]);
  });

  it("refuses a non-eligible category", () => {
    const record: FinessRecord = { ...privateClinic, finess: "750056202", category: pharmacy };
    expect(codes({ profile: operator("750056202"), record, boundFiness: null })).toEqual(["CATEGORY_NOT_ELIGIBLE"]);
  });

  it("refuses a multi-site public EJ none of whose ETs is eligible", () => {
    const record: FinessRecord = {
      kind: "EJ",
      closedOn: null,
      finess: "380780007",
      sector: "PUBLIC",
      establishments: [
        { finess: "380000117", category: pharmacy },
        { finess: "380000125", category: pharmacy },
      ],
    };
    const [failure] = decideAccess({ profile: operator("380780007"), record, boundFiness: null }).failures;
    expect(failure).toEqual({ code: "CATEGORY_NOT_ELIGIBLE", finess: "380780007", categories: [pharmacy] });
  });

  it("refuses an establishment or a legal entity FINESS has closed, whatever else holds", () => {
    const closed: FinessRecord = { ...privateClinic, closedOn: "2020-10-27" };
    expect(decideAccess({ profile: operator("690812342"), record: closed, boundFiness: null }).failures).toEqual([
      { code: "FINESS_CLOSED", finess: "690812342", closedOn: "2020-10-27" },
    ]);
    const closedEntity: FinessRecord = { ...publicMultiSiteEj, closedOn: "2026-03-02" };
    expect(codes({ profile: operator("380780007"), record: closedEntity, boundFiness: null })).toEqual(["FINESS_CLOSED"]);
    expect(explainFailure({ code: "FINESS_CLOSED", finess: "690812342", closedOn: "2020-10-27" }).detail).toContain("fermée depuis le 27/10/2020");
  });

  it("refuses an invalid FINESS number without looking it up", () => {
    expect(decideAccess({ profile: operator("690812343"), record: null, boundFiness: null }).failures).toEqual([
      { code: "FINESS_INVALID", finess: "690812343", reason: "key" },
    ]);
    expect(codes({ profile: operator("69081234"), record: null, boundFiness: null })).toEqual(["FINESS_INVALID"]);
  });

  it("refuses a valid FINESS absent from the referential", () => {
    expect(codes({ profile: operator("690812334"), record: { kind: "UNKNOWN", finess: "690812334" }, boundFiness: null })).toEqual([
      "FINESS_UNKNOWN",
    ]);
    expect(codes({ profile: operator("690812334"), record: null, boundFiness: null })).toEqual(["FINESS_UNKNOWN"]);
  });

  it("refuses a profile without any Distrilog-santé role", () => {
    expect(codes({ profile: { finess: "690812342", roles: [], regionCode: null }, record: privateClinic, boundFiness: null })).toEqual([
      "MISSING_ROLE",
    ]);
  });

  it("refuses an e-mail bound to another FINESS", () => {
    expect(decideAccess({ profile: operator("690812342"), record: privateClinic, boundFiness: "630789014" }).failures).toEqual([
      { code: "EMAIL_BOUND_ELSEWHERE", finess: "690812342", boundFiness: "630789014" },
    ]);
  });

  it("returns every failed condition at once, not only the first", () => {
    const record: FinessRecord = { ...publicMultiSiteEt, category: pharmacy };
    expect(codes({ profile: { finess: "380000117", roles: [], regionCode: null }, record, boundFiness: "630789014" })).toEqual([
      "CATEGORY_NOT_ELIGIBLE",
      "USE_LEGAL_ENTITY_FINESS",
      "EMAIL_BOUND_ELSEWHERE",
      "MISSING_ROLE",
    ]);
  });

  it("refuses a sign-in without any PLAGE profile", () => {
    expect(codes({ profile: null, record: null, boundFiness: null })).toEqual(["NO_PROFILE"]);
  });

  it("lets state staff in without establishment checks; an ARS needs its region", () => {
    const ars = { finess: "690030911", roles: ["ARS" as const], regionCode: "84" };
    expect(decideAccess({ profile: ars, record: null, boundFiness: null })).toEqual({ allowed: true, failures: [], audience: "staff" });
    expect(codes({ profile: { ...ars, regionCode: null }, record: null, boundFiness: null })).toEqual(["ARS_REGION_MISSING"]);
    expect(codes({ profile: { finess: "750057291", roles: ["NATIONAL_ADMIN"], regionCode: null }, record: null, boundFiness: null })).toEqual([]);
  });

  it("explains every failure in French with a FAQ anchor and help", () => {
    const { failures } = decideAccess({
      profile: { finess: "380000117", roles: [], regionCode: null },
      record: { ...publicMultiSiteEt, category: pharmacy },
      boundFiness: "630789014",
    });
    for (const failure of failures) {
      const explanation = explainFailure(failure);
      expect(explanation.title.length).toBeGreaterThan(10);
      expect(explanation.help.length).toBeGreaterThan(0);
    }
    expect(explainFailure(failures[1]).detail).toContain("380780007");
    expect(explainFailure(failures[3]).title).toContain("Opérateur commande EPI");
  });
});

describe("one profile per e-mail", () => {
  const profiles = [{ finess: "630789014" }, { finess: "920003019" }];

  it("takes PLAGE's first profile before any registration and names the others", () => {
    expect(chooseProfile(profiles, null)).toEqual({ profile: profiles[0], ignored: [profiles[1]] });
  });

  it("keeps the profile of the FINESS registered first, whatever PLAGE's order", () => {
    expect(chooseProfile([...profiles].reverse(), "630789014")).toEqual({ profile: profiles[0], ignored: [profiles[1]] });
  });

  it("falls back to PLAGE's first profile when the registered FINESS is gone, so the refusal can explain", () => {
    expect(chooseProfile([profiles[1]], "630789014").profile).toEqual(profiles[1]);
    expect(chooseProfile([], null)).toEqual({ profile: null, ignored: [] });
  });
});

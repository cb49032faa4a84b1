import { describe, expect, it } from "vitest";
import { jobQueueLabel, jobRetriesLabel, jobStateLabel } from "./job-labels";

describe("job labels", () => {
  it("names the portal's queues in French, and shows an unknown one as it is", () => {
    expect(jobQueueLabel("weekly-digest")).toBe("Synthèse hebdomadaire des ARS");
    expect(jobQueueLabel("finess-import")).toBe("Import d'un extrait FINESS");
    expect(jobQueueLabel("autre-file")).toBe("autre-file");
  });

  it.each([
    ["created", "En attente"],
    ["retry", "À réessayer"],
    ["active", "En cours"],
    ["completed", "Terminée"],
    ["cancelled", "Annulée"],
    ["failed", "En échec"],
  ])("says %s as « %s »", (state, label) => {
    expect(jobStateLabel(state)).toBe(label);
  });

  it("shows retries made out of those allowed", () => {
    expect(jobRetriesLabel(1, 3)).toBe("1 / 3");
  });
});

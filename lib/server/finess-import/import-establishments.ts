/**
 * The establishments extract (etalab-cs1100507) into the referential: `structureet` and `geolocalisation` lines are
 * staged as they are read, then the categories, the placeholder legal entities, the positions of the establishments
 * already known and the establishments (a new one with its position) are written set-based, in that order.
 */
import { parseExtractLine } from "../../domain/finess/extract-line";
import { FirstLines } from "./first-lines";
import type { EstablishmentsReport } from "./import-report";
import { syncCategories } from "./category-sync";
import { insertPlaceholderLegalEntities, moveExistingEstablishments, unplacedGeolocations, upsertEstablishments } from "./merge-staged";
import { runExtractImport, type ExtractImport } from "./staged-import";

export const importEstablishments: ExtractImport<EstablishmentsReport> = async (client, extract, options) => {
  const establishments = new FirstLines();
  const geolocations = new FirstLines();
  const { read, rejected, merged } = await runExtractImport(
    client,
    {
      lines: extract.lines,
      async stageLine(line, staging) {
        const parsed = parseExtractLine("establishments", line.text);
        if (parsed.section === null) return parsed.reason;
        if (parsed.section === "structureet") {
          const reason = establishments.add(line.number, parsed.record.finess);
          if (!reason) await staging.establishment(line.number, parsed.record);
          return reason;
        }
        const reason = geolocations.add(line.number, parsed.record.finess);
        if (!reason) await staging.geolocation(line.number, parsed.record);
        return reason;
      },
      async merge(db) {
        const categories = await syncCategories(db);
        const placeholderLegalEntities = await insertPlaceholderLegalEntities(db);
        const moved = await moveExistingEstablishments(db);
        const { placed, ...counts } = await upsertEstablishments(db, "extract");
        const positions = await unplacedGeolocations(db);
        return { categories, placeholderLegalEntities, counts, placed, moved, positions };
      },
    },
    options,
  );
  const { placed, moved, positions } = merged;
  const geolocated = placed + moved;
  return {
    kind: "establishments",
    header: extract.header,
    lines: read,
    ...merged.counts,
    rejected: [...rejected, ...positions.rejected].sort((a, b) => a.line - b.line),
    geolocated,
    geolocationUnchanged: positions.staged - geolocated - positions.rejected.length,
    placeholderLegalEntities: merged.placeholderLegalEntities,
    createdCategories: merged.categories.created,
    relabeledCategories: merged.categories.relabeled,
  };
};

import { CARE_SECTOR_LABELS, CARE_SECTORS, type CareSector } from "@/lib/domain/referential/care-sector";
import type { BelowTargetOrder } from "@/lib/domain/stock/region-cover";
import { labelledOptions, SelectField } from "@/components/ui/select-field";

/** The cover view's filter: one sector or all, medico-social first or by cover alone (a GET form: the URL keeps the choice). */
export function SectorFilter({ regionCode, sector, order }: { regionCode: string | null; sector: CareSector | null; order: BelowTargetOrder }) {
  return (
    <form method="get" className="fr-mb-4w" aria-label="Filtres de la couverture">
      {regionCode && <input type="hidden" name="region" value={regionCode} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SelectField id="cover-sector" label="Secteur" name="secteur" defaultValue={sector ?? ""} placeholder="Sanitaire et médico-social" options={labelledOptions(CARE_SECTORS, CARE_SECTOR_LABELS)} />
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-select-group">
          <label className="fr-label" htmlFor="cover-order">
            Ordre des établissements sous l&apos;objectif
          </label>
          <select className="fr-select" id="cover-order" name="ordre" defaultValue={order}>
            <option value="SECTOR">Médico-social d&apos;abord</option>
            <option value="COVER">Couverture la plus courte d&apos;abord</option>
          </select>
        </div>
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary">
        Filtrer
      </button>
    </form>
  );
}

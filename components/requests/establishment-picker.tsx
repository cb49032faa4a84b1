import { EstablishmentOptions } from "./establishment-options";

/** Chooses the establishment in difficulty (a GET form: its cover and neighbours show before anything is filed). */
export function EstablishmentPicker({ establishments, value }: { establishments: Array<{ finess: string; name: string }>; value: string }) {
  return (
    <form method="get" className="fr-mb-4w">
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="aid-finess">
          FINESS de l&apos;établissement en difficulté
          <span className="fr-hint-text">Sa couverture de stock et les voisins qui pourraient lui prêter s&apos;affichent avant la demande</span>
        </label>
        <input className="fr-input" id="aid-finess" name="etablissement" list="aid-establishments" autoComplete="off" defaultValue={value} />
        <EstablishmentOptions id="aid-establishments" establishments={establishments} />
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary">
        Voir sa couverture et l&apos;entraide possible
      </button>
    </form>
  );
}

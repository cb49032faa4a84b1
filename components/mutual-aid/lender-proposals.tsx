import { countOf, formatCount, inSentence, weeksOfCover } from "@/lib/domain/wording/french";
import type { AccountContact } from "@/lib/server/mutual-aid/places";
import type { CategoryAid } from "@/lib/server/mutual-aid/local-aid";
import { ContactList } from "./contact-list";
import { DataTable } from "@/components/ui/data-table";


export const distanceText = (km: number | null) => (km === null ? "inconnue" : `${formatCount(Math.max(1, km))} km`);

export const weeksText = (weeks: number | null) => (weeks === null ? "—" : weeksOfCover(weeks));

/** The neighbours who could lend one category, nearest first, with how to reach them. */
export function LenderTable({ aid, contacts }: { aid: CategoryAid; contacts?: ReadonlyMap<string, AccountContact[]> }) {
  if (aid.lenders.length === 0) {
    return (
      <p data-testid={`no-lenders-${aid.code}`}>
        Aucun établissement de la région n&apos;a déclaré récemment plus de 6 semaines de couverture en {inSentence(aid.name)}.
      </p>
    );
  }
  // « Peut prêter » is short: a long header in a narrow column stretched the header row on a phone; the caption says the
  // rule. The contact column is wide enough that a contact reads in a few lines: the table scrolls sideways on a phone
  // rather than stretching tall.
  return (
    <DataTable
      caption={`Établissements qui pourraient prêter des ${inSentence(aid.name)} sans passer sous 3 semaines, les plus proches d'abord`}
      columns={["Établissement", "Distance", "Couverture", "Peut prêter", !!contacts && { label: "Contact", className: "min-w-72" }]}
      small
      testId={`lenders-${aid.code}`}
    >
      {aid.lenders.map((lender) => (
        <tr key={lender.account.finess} data-testid={`lender-${lender.account.finess}`}>
          <th scope="row">
            {lender.account.name}
            <br />
            <span className="fr-text--xs">
              FINESS {lender.account.finess} – {lender.reach === "DEPARTEMENT" ? "même département" : `département ${lender.account.departementCode}`}
            </span>
          </th>
          <td>{distanceText(lender.distanceKm)}</td>
          <td>{weeksText(lender.account.cover.weeksOfCover)}</td>
          <td>{countOf(lender.lendableUnits, aid.unitLabel)}</td>
          {contacts && (
            <td>
              <ContactList phone={lender.account.phone} address={lender.account.address} contacts={contacts.get(lender.account.finess) ?? []} />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

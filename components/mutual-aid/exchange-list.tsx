import { countOf, formatDateTime } from "@/lib/domain/wording/french";
import { EXCHANGE_STATUS_LABELS, type ExchangeParty } from "@/lib/domain/mutual-aid/exchange-status";
import type { ExchangeParticipant, ExchangeSummary } from "@/lib/server/mutual-aid/queries";
import { ContactList } from "./contact-list";
import { ExchangeControls } from "./exchange-controls";

const BADGES: Record<ExchangeSummary["status"], string> = {
  OFFERED: "fr-badge--info",
  REQUESTED: "fr-badge--new",
  ACCEPTED: "fr-badge--info",
  DECLINED: "fr-badge--error",
  CANCELLED: "",
  WITHDRAWN: "",
  HANDED_OVER: "fr-badge--warning",
  RECEIVED: "fr-badge--success",
};

function Party({ title, who }: { title: string; who: ExchangeParticipant | null }) {
  return (
    <div className="fr-col-12 fr-col-md-6">
      <p className="fr-text--bold fr-mb-1v">{title}</p>
      {who ? (
        <>
          <p className="fr-mb-1v">
            {who.name} <span className="fr-text--xs">(FINESS {who.finess}, {who.departementCode})</span>
          </p>
          <ContactList phone={who.phone} address={who.address} contacts={who.contacts} />
        </>
      ) : (
        <p>Sur la liste de l&apos;ARS, en attente d&apos;un établissement à aider.</p>
      )}
    </div>
  );
}

/**
 * Exchanges, newest first, each with both parties and how to reach them. `account` is the establishment looking (it
 * gets its next steps); without it, the ARS reads.
 */
export function ExchangeList({ exchanges, account, headingLevel = "h3" }: { exchanges: readonly ExchangeSummary[]; account?: string; headingLevel?: "h2" | "h3" }) {
  if (exchanges.length === 0) return <p>Aucun échange pour l&apos;instant.</p>;
  const Heading = headingLevel;
  return (
    <ul className="fr-raw-list" data-testid="exchange-list">
      {exchanges.map((e) => {
        const party: ExchangeParty | null = account === e.lender.finess ? "LENDER" : account === e.borrower?.finess ? "BORROWER" : null;
        const units = e.agreedUnits ?? e.requestedUnits;
        return (
          <li key={e.id} className="fr-p-2w fr-mb-2w" style={{ border: "1px solid var(--border-default-grey)" }} data-testid={`exchange-${e.number}`}>
            <Heading id={`exchange-${e.number}-title`} tabIndex={-1} className="fr-h6 fr-mb-1w">
              Échange n° {e.number} – {e.productName}{" "}
              <span className={`fr-badge fr-badge--sm ${BADGES[e.status]}`} data-testid="exchange-status">
                {EXCHANGE_STATUS_LABELS[e.status]}
              </span>
            </Heading>
            <p className="fr-mb-1w" data-testid="exchange-units">
              {e.status === "OFFERED" ? "Proposé" : "Demandé"} : {countOf(e.requestedUnits, e.unitLabel)}
              {e.agreedUnits !== null && <> ; accordé : {countOf(e.agreedUnits, e.unitLabel)}</>}
              {" – "}le {formatDateTime(e.createdAt)}
              {e.brokered && " – proposé par l'ARS"}
              {e.handedOverAt && <> ; remis le {formatDateTime(e.handedOverAt)}</>}
              {e.receivedAt && <> ; reçu le {formatDateTime(e.receivedAt)}</>}
            </p>
            {e.note && <p className="fr-text--sm fr-mb-1w">Message : {e.note}</p>}
            <div className="fr-grid-row fr-grid-row--gutters">
              <Party title="Prêteur" who={e.lender} />
              <Party title="Emprunteur" who={e.borrower} />
            </div>
            {party && <ExchangeControls id={e.id} number={e.number} status={e.status} party={party} units={units} unitsText={countOf(units, e.unitLabel)} />}
          </li>
        );
      })}
    </ul>
  );
}

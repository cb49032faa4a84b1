import { phoneText } from "@/lib/domain/referential/phone-number";
import type { AccountContact } from "@/lib/server/mutual-aid/places";

/** How to reach an establishment: its switchboard (FINESS) and the people registered on the portal for it. */
export function ContactList({ phone, address, contacts }: { phone: string | null; address: string | null; contacts: readonly AccountContact[] }) {
  return (
    <ul className="fr-text--sm fr-mb-0">
      {address && <li>{address}</li>}
      {phone && <li>Standard : {phoneText(phone)}</li>}
      {contacts.map((c) => (
        <li key={c.email}>
          {c.name}
          {c.jobTitle && `, ${c.jobTitle}`}
          {c.phone && ` – ${phoneText(c.phone)}`} – <a href={`mailto:${c.email}`}>{c.email}</a>
          {c.deliveryContact && <> (réception : {c.deliveryContact}{c.openingHours && `, ${c.openingHours}`})</>}
        </li>
      ))}
      {!phone && contacts.length === 0 && <li>Aucun contact enregistré.</li>}
    </ul>
  );
}

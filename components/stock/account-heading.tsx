/** The row header of an establishment in the cover tables: its name, its FINESS under it. */
export function AccountHeading({ account }: { account: { name: string; finess: string } }) {
  return (
    <th scope="row">
      {account.name}
      <span className="fr-hint-text">FINESS {account.finess}</span>
    </th>
  );
}

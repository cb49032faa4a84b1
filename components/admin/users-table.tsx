import { DataTable } from "@/components/ui/data-table";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { formatDateTime } from "@/lib/domain/wording/french";
import type { UserRow } from "@/lib/server/admin/users";

export const fullName = (user: Pick<UserRow, "givenName" | "familyName">) => [user.givenName, user.familyName].filter(Boolean).join(" ");

/** The users list; `detailHref` links each e-mail to its sessions and unbinding, for whoever may act on them. */
export function UsersTable({ users, caption, detailHref }: { users: readonly UserRow[]; caption: string; detailHref?: (email: string) => string }) {
  return (
    // Six columns do not fit a phone: the table scrolls inside its frame rather than break every word letter by letter.
    <DataTable caption={caption} columns={["Utilisateur", "FINESS de rattachement", "Établissement", "Rôles PLAGE", "Inscription", "Dernière connexion"]} testId="users">
      {users.map((user) => (
        <tr key={user.id} data-testid={`user-row-${user.email}`}>
          <th scope="row">
            {fullName(user) && <span className="fr-text--bold">{fullName(user)}</span>}
            <span className="fr-hint-text">{detailHref ? <a href={detailHref(user.email)}>{user.email}</a> : user.email}</span>
          </th>
          <td>{user.boundFiness ?? "—"}</td>
          <td>{user.establishmentName ?? "—"}</td>
          <td>{user.roles.map((role) => PLAGE_ROLE_LABELS[role]).join(", ") || "aucun rôle du portail"}</td>
          <td>{user.registeredAt ? formatDateTime(user.registeredAt) : "—"}</td>
          <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

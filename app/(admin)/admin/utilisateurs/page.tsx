import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { EndSessionsButton } from "@/components/admin/end-sessions-button";
import { formatDateTime } from "@/lib/domain/wording/french";
import { TextField } from "@/components/ui/text-field";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { userSearchSchema } from "@/lib/schemas/user-sessions";
import { findUserWithSessions } from "@/lib/server/admin/user-sessions";
import { actorWith } from "@/lib/server/guards";
import { endUserSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Utilisateurs" };

type SearchParams = Promise<{ email?: string | string[] }>;

/** A national admin finds a user by e-mail and can end all their sessions (lost badge, stolen session, departure). */
export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await actorWith("user-sessions.end"))) return <AccessDenied need="user-sessions.end" />;
  const { email } = await searchParams;
  const searched = email === undefined ? null : userSearchSchema.safeParse({ email: [email].flat()[0] });
  const user = searched?.success ? await findUserWithSessions(searched.data.email, new Date()) : null;
  return (
    <>
      <h1>Utilisateurs</h1>
      <form method="get" role="search" aria-label="Rechercher un utilisateur" className="fr-mb-4w">
        <TextField
          id="email"
          name="email"
          type="email"
          label="Adresse électronique de l'utilisateur"
          hint="L'adresse de son compte PLAGE, par exemple prenom.nom@etablissement.fr"
          defaultValue={[email ?? ""].flat()[0]}
          error={searched && !searched.success ? searched.error.issues[0].message : undefined}
          autoComplete="off"
        />
        <button type="submit" className="fr-btn">
          Rechercher
        </button>
      </form>
      {searched?.success && !user && <p role="status">Aucun utilisateur ne s&apos;est connecté avec l&apos;adresse {searched.data.email}.</p>}
      {user && (
        <section aria-labelledby="user-title" data-testid="user">
          <h2 id="user-title">{[user.givenName, user.familyName].filter(Boolean).join(" ") || user.email}</h2>
          <dl>
            <dt>Adresse électronique</dt>
            <dd>{user.email}</dd>
            <dt>Rôles</dt>
            <dd>{user.roles.map((role) => PLAGE_ROLE_LABELS[role]).join(", ") || "aucun rôle du portail"}</dd>
            <dt>FINESS de rattachement</dt>
            <dd>{user.boundFiness ?? "—"}</dd>
            <dt>Dernière connexion</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "—"}</dd>
            <dt>Sessions ouvertes</dt>
            <dd data-testid="open-sessions">
              {user.openSessions}
              {user.lastSeenAt && ` (dernière activité le ${formatDateTime(user.lastSeenAt)})`}
            </dd>
          </dl>
          <p>
            Mettre fin à ses sessions le déconnecte sur tous ses navigateurs dès sa prochaine action ; il pourra se
            reconnecter avec son compte PLAGE. Pour lui retirer l&apos;accès, retirez-lui son rôle dans PLAGE.
          </p>
          <EndSessionsButton action={endUserSessionsAction} userId={user.id} email={user.email} />
        </section>
      )}
    </>
  );
}

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { EndSessionsButton } from "@/components/admin/end-sessions-button";
import { UnbindEmailButton } from "@/components/admin/unbind-email-button";
import { fullName, UsersTable } from "@/components/admin/users-table";
import { TextField } from "@/components/ui/text-field";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { can, USER_READING } from "@/lib/domain/permissions/permissions";
import { REGIONS } from "@/lib/domain/referential/regions";
import { countOf, formatDateTime } from "@/lib/domain/wording/french";
import { firstValues } from "@/lib/schemas/reporting";
import { userListSchema, userSearchSchema } from "@/lib/schemas/user-sessions";
import { listUsers, USERS_PAGE_SIZE, userScope } from "@/lib/server/admin/users";
import { findUserWithSessions } from "@/lib/server/admin/user-sessions";
import { actorWith } from "@/lib/server/guards";
import { endUserSessionsAction, unbindUserEmailAction } from "./actions";

export const metadata: Metadata = { title: "Utilisateurs" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const listHref = (q: string | null, page: number) => {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return `/admin/utilisateurs${query ? `?${query}` : ""}`;
};

/**
 * The portal's users: the national admin sees them all and, opening one, ends their sessions (lost badge, stolen
 * session, departure) or unbinds their e-mail from its FINESS; an ARS sees its region's users, read-only.
 */
export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith(USER_READING);
  const scope = actor && userScope(actor);
  if (!actor || !scope) return <AccessDenied need={USER_READING} />;
  const raw = firstValues(await searchParams);
  const administers = can(actor, "user-sessions.end");
  const searched = administers && raw.email !== undefined ? userSearchSchema.safeParse({ email: raw.email }) : null;
  const user = searched?.success ? await findUserWithSessions(searched.data.email, new Date()) : null;
  const listed = userListSchema.safeParse(raw);
  const list = listed.success ? await listUsers(scope, listed.data) : null;
  const q = listed.success ? listed.data.q : null;
  const page = listed.success ? listed.data.page : 1;
  const pages = list ? Math.max(1, Math.ceil(list.total / USERS_PAGE_SIZE)) : 1;
  const regionName = scope.kind === "region" ? REGIONS.find((r) => r.code === scope.regionCode)?.name : null;
  return (
    <>
      <h1>Utilisateurs{regionName ? ` – ${regionName}` : ""}</h1>
      <p>
        Les utilisateurs qui se sont connectés au portail, avec le FINESS auquel leur adresse est rattachée et leurs rôles PLAGE.
        {regionName && " Vous voyez les utilisateurs des établissements de votre région et ses agents ARS, en lecture seule."}
      </p>
      {searched && !searched.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{searched.error.issues[0].message}</p>
        </div>
      )}
      {searched?.success && !user && <p role="status">Aucun utilisateur ne s&apos;est connecté avec l&apos;adresse {searched.data.email}.</p>}
      {user && (
        <section aria-labelledby="user-title" data-testid="user" className="fr-mb-6w">
          <h2 id="user-title">{fullName(user) || user.email}</h2>
          <dl>
            <dt>Adresse électronique</dt>
            <dd>{user.email}</dd>
            <dt>Rôles</dt>
            <dd>{user.roles.map((role) => PLAGE_ROLE_LABELS[role]).join(", ") || "aucun rôle du portail"}</dd>
            <dt>FINESS de rattachement</dt>
            <dd data-testid="bound-finess">{user.boundFiness ?? "—"}</dd>
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
          <div className="fr-btns-group fr-btns-group--inline-md">
            <EndSessionsButton action={endUserSessionsAction} userId={user.id} email={user.email} />
            {can(actor, "user-email.unbind") && (
              <UnbindEmailButton action={unbindUserEmailAction} userId={user.id} email={user.email} finess={user.boundFiness} />
            )}
          </div>
        </section>
      )}
      <form method="get" role="search" aria-label="Rechercher des utilisateurs" className="fr-mb-4w">
        <TextField
          id="q"
          name="q"
          label="Rechercher un utilisateur"
          hint="Une partie de son adresse électronique, de son nom, du FINESS de rattachement ou du nom de l'établissement"
          defaultValue={raw.q ?? ""}
          error={listed.success ? undefined : listed.error.issues[0].message}
          autoComplete="off"
        />
        <button type="submit" className="fr-btn">
          Rechercher
        </button>
      </form>
      {list &&
        (list.users.length === 0 ? (
          <p data-testid="users-empty">Aucun utilisateur ne correspond à cette recherche.</p>
        ) : (
          <>
            <UsersTable
              users={list.users}
              caption={`${countOf(list.total, "utilisateur")}${pages > 1 ? `, page ${page} sur ${pages}` : ""}, par adresse électronique`}
              detailHref={administers ? (email) => `/admin/utilisateurs?${new URLSearchParams({ email, ...(q ? { q } : {}) })}` : undefined}
            />
            {pages > 1 && <Pagination count={pages} defaultPage={page} showFirstLast getPageLinkProps={(n) => ({ href: listHref(q, n) })} />}
          </>
        ))}
    </>
  );
}

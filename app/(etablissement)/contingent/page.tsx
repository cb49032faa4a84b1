import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/access/access-denied";
import { RevisionHistory } from "@/components/quota-revision/revision-history";
import { QuotaTable } from "@/components/orders/quota-table";
import { RevisionRequestForm } from "@/components/quota-revision/revision-request-form";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { countOf } from "@/lib/domain/wording/french";
import { can } from "@/lib/domain/permissions/permissions";
import { orderingContext, requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { accountQuotasInWeek, revisionsOfAccount } from "@/lib/server/quota-revision/revisions";

export const metadata: Metadata = { title: "Révision de contingent" };

export default async function QuotaRevisionPage() {
  const { actor, accountFiness } = await requireOrderingAccount();
  const nextWeek = shiftWeek(isoWeekOf(new Date()).key, 1);
  const [ordering, quotas, revisions] = await Promise.all([
    orderingContext(accountFiness),
    accountQuotasInWeek(accountFiness, nextWeek),
    revisionsOfAccount(accountFiness),
  ]);
  return (
    <>
      <h1>Révision de contingent</h1>
      <p>
        Votre contingent hebdomadaire est calculé d&apos;après votre capacité et vos effectifs. Si votre besoin réel le
        dépasse (épidémie, hausse d&apos;activité, visites à domicile non comptées dans la capacité), demandez à votre ARS
        un contingent plus élevé pour 1 à 12 semaines. Sa décision s&apos;applique aux semaines accordées.{" "}
        <Link href="/accueil">Retour à mon espace</Link>
      </p>
      <QuotaTable quotas={ordering.quotas} week={ordering.week.key} />
      {can(actor, "quota-revision.request") ? (
        <RevisionRequestForm
          nextWeek={nextWeek}
          categories={quotas.map((q) => ({ code: q.code, name: q.name, current: `${countOf(q.units, q.unitLabel)} la semaine prochaine` }))}
        />
      ) : (
        <RoleRequired need="quota-revision.request" purpose="demander une révision de contingent" />
      )}
      <h2>Mes demandes</h2>
      {revisions.length === 0 ? (
        <p>Aucune demande pour l&apos;instant.</p>
      ) : (
        <RevisionHistory rows={revisions} categoryNames={new Map(quotas.map((q) => [q.code, q.name]))} caption="Demandes de révision, les plus récentes d'abord" showAccount={false} />
      )}
    </>
  );
}

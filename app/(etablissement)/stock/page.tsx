import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/access/access-denied";
import { countOf, formatDateTime } from "@/lib/domain/wording/french";
import { CoverTable } from "@/components/stock/cover-table";
import { DeclarationForm } from "@/components/stock/declaration-form";
import { latestDeclaration } from "@/lib/domain/stock/consumption";
import { parisDateKey, parisDateKeyPlusDays } from "@/lib/domain/time/paris-time";
import { MAX_BACKDATE_DAYS } from "@/lib/domain/stock/count-date";
import { can } from "@/lib/domain/permissions/permissions";
import { orderingContext, requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { orderingAccountCover } from "@/lib/server/stock/account-cover";
import { declarationHistory } from "@/lib/server/stock/declarations";
import { declarableProducts, productNames } from "@/lib/server/stock/queries";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Mon stock d'EPI" };

export default async function StockPage() {
  const { actor, accountFiness } = await requireOrderingAccount();
  const now = new Date();
  const [products, history, cover] = await Promise.all([
    declarableProducts(),
    declarationHistory(accountFiness),
    orderingContext(accountFiness).then(({ quotas }) => orderingAccountCover(accountFiness, now, quotas)),
  ]);
  const names = await productNames();
  const lastOf = (productId: string) => latestDeclaration(history.filter((d) => d.productId === productId), now);
  const earliest = [parisDateKeyPlusDays(now, -MAX_BACKDATE_DAYS), history[0] ? parisDateKey(history[0].declaredAt) : ""].sort().at(-1)!;
  return (
    <>
      <h1>Mon stock d&apos;EPI</h1>
      <p>
        Déclarez le stock physique de chaque produit (EPI-Stock) aussi souvent que vous le comptez : vos déclarations et
        les livraisons reçues donnent votre consommation hebdomadaire et vos semaines de couverture, que voit aussi votre
        ARS. <Link href="/accueil">Retour à mon espace</Link>
      </p>
      {cover.categories.some((c) => c.cover.status !== "NOT_DECLARED") && (
        <CoverTable categories={cover.categories} caption="Semaines de couverture par catégorie d'EPI" />
      )}
      <h2>Nouvelle déclaration</h2>
      {can(actor, "stock.declare") ? (
        <DeclarationForm
          today={parisDateKey(now)}
          earliest={earliest}
          products={products.map((p) => {
            const last = lastOf(p.id);
            return {
              id: p.id,
              name: p.name,
              unitLabel: p.category.unitLabel,
              lastDeclared: last ? `${countOf(last.quantity, p.category.unitLabel)} au ${formatDateTime(last.declaredAt)}` : null,
            };
          })}
        />
      ) : (
        <RoleRequired need="stock.declare" purpose="déclarer le stock" />
      )}
      <h2>Historique des déclarations</h2>
      {history.length === 0 ? (
        <p>Aucune déclaration pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Déclarations de stock, les plus récentes d'abord" columns={["Date du comptage", "Produit", "Unités en stock"]} testId="declaration-history">
          {history.map((d) => (
            <tr key={d.id}>
              <td>{formatDateTime(d.declaredAt)}</td>
              <td>{names.get(d.productId) ?? d.productId}</td>
              <td>{countOf(d.quantity, "unité")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

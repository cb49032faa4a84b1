import Link from "next/link";
import { can, COVER_READING, type AppRole, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import { orderingContext } from "@/lib/server/orders/ordering-context";
import { orderingAccountCover } from "@/lib/server/stock/account-cover";
import { CoverTable } from "./cover-table";

const STOCK_LINKS: Array<{ need: CapabilityNeed; href: string; label: string }> = [
  { need: COVER_READING, href: "/couverture", label: "Couverture de stock des établissements" },
  { need: "exchange.region.read", href: "/echanges", label: "Entraide entre établissements" },
  { need: "quota-revision.decide", href: "/revisions-contingent", label: "Demandes de révision de contingent" },
  { need: "allocation.manage", href: "/admin/allocation", label: "Répartition équitable du stock national" },
];

/**
 * The home page's EPI-Stock part: for an establishment, its weeks of cover per category against the 3-week target;
 * for the ARS and the national admin, the way to their views.
 */
export async function StockHomeSection({ establishmentFiness, roles }: { establishmentFiness: string | null; roles: readonly AppRole[] }) {
  if (establishmentFiness) return <CoverSummary accountFiness={establishmentFiness} mutualAid={can({ roles }, "exchange.request")} />;
  const links = STOCK_LINKS.filter((link) => can({ roles }, link.need));
  if (links.length === 0) return null;
  return (
    <nav className="fr-mb-4w" aria-labelledby="stock-links-title">
      <h2 id="stock-links-title" className="fr-h4">
        Stocks des établissements
      </h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

async function CoverSummary({ accountFiness, mutualAid }: { accountFiness: string; mutualAid: boolean }) {
  const cover = await orderingAccountCover(accountFiness, new Date(), (await orderingContext(accountFiness)).quotas);
  const declared = cover.categories.some((c) => c.cover.status !== "NOT_DECLARED");
  return (
    <section className="fr-mb-6w" aria-labelledby="cover-title" data-testid="cover-summary">
      <h2 id="cover-title">Couverture de stock</h2>
      <p>
        La circulaire demande un stock de sécurité de 3 semaines de consommation. La couverture est votre stock déclaré
        divisé par votre consommation hebdomadaire, estimée à partir de vos déclarations et des livraisons reçues.
      </p>
      {declared ? (
        <CoverTable categories={cover.categories} caption="Semaines de couverture par catégorie d'EPI" />
      ) : (
        <p>Vous n&apos;avez pas encore déclaré votre stock.</p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/stock">
            Déclarer mon stock
          </Link>
        </li>
        {mutualAid && (
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/entraide">
              Entraide entre établissements
            </Link>
          </li>
        )}
        <li>
          <Link className="fr-btn fr-btn--tertiary" href="/allocation">
            Répartition équitable
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href="/contingent">
            Demander une révision de contingent
          </Link>
        </li>
      </ul>
    </section>
  );
}

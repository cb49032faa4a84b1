import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { StockReceiptForm } from "@/components/admin/stock-receipt-form";
import { formatCount, formatDateTime, formatPacks } from "@/lib/domain/wording/french";
import { listNationalStock, listRecentReceipts } from "@/lib/server/admin/stock";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Stock national" };

export default async function NationalStockPage() {
  if (!(await actorWith("national-stock.manage"))) return <AccessDenied need={"national-stock.manage"} />;
  const [products, receipts] = await Promise.all([listNationalStock(), listRecentReceipts(20)]);
  return (
    <>
      <h1>Stock national</h1>
      <p>
        Le stock de l&apos;État, en unités, dont sont servies les commandes des catégories en tension. Une réception
        l&apos;augmente ; seules les commandes le diminuent. Chaque réception est journalisée.
      </p>

      <section aria-labelledby="receipt-title" className="fr-mb-6w">
        <h2 id="receipt-title">Enregistrer une réception</h2>
        {products.length ? (
          <StockReceiptForm
            products={products.map((p) => ({ value: p.id, label: `${p.reference} – ${p.name} (boîte de ${formatCount(p.packSize)})${p.active ? "" : " – retiré"}` }))}
          />
        ) : (
          <p>Aucun produit au catalogue : ajoutez-en d&apos;abord dans le catalogue.</p>
        )}
      </section>

      <section aria-labelledby="stock-title" className="fr-mb-6w">
        <h2 id="stock-title">Stock par produit</h2>
        <DataTable caption="Stock national par produit, en unités et en boîtes" columns={["Référence", "Produit", "Catégorie", "Unités", "En boîtes", "Mis à jour"]}>
          {products.map((product) => (
            <tr key={product.id} data-testid={`stock-${product.reference}`}>
              <th scope="row">{product.reference}</th>
              <td>{product.name}</td>
              <td>{product.category.name}</td>
              <td>{formatCount(product.quantity)}</td>
              <td>{formatPacks(product.quantity, product.packSize)}</td>
              <td>{product.stockUpdatedAt ? formatDateTime(product.stockUpdatedAt) : "jamais reçu"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="receipts-title">
        <h2 id="receipts-title">Dernières réceptions</h2>
        {receipts.length === 0 ? (
          <p>Aucune réception enregistrée.</p>
        ) : (
          <DataTable
            caption={`Les ${receipts.length} dernières réceptions, les plus récentes d'abord (heure de Paris)`}
            columns={["Date", "Produit", "Unités reçues", "En boîtes", "Bon de livraison"]}
          >
            {receipts.map((receipt) => (
              <tr key={receipt.id}>
                <th scope="row">{formatDateTime(receipt.receivedAt)}</th>
                <td>
                  {receipt.product.reference} – {receipt.product.name}
                </td>
                <td>{formatCount(receipt.quantity)}</td>
                <td>{formatPacks(receipt.quantity, receipt.product.packSize)}</td>
                <td>{receipt.reference ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

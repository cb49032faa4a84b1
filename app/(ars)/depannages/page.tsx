import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { EmergenciesTable } from "@/components/reporting/emergencies-table";
import { EmergencyRequestForm } from "@/components/requests/emergency-request-form";
import { REGIONS } from "@/lib/domain/referential/regions";
import { actorWith } from "@/lib/server/guards";
import { emergencyProducts, regionEstablishments } from "@/lib/server/requests/emergency-products";
import { listEmergencyRequestsOfRegion } from "@/lib/server/requests/emergency-requests";

export const metadata: Metadata = { title: "Dépannages urgents" };

export default async function EmergencyRequestsPage() {
  const actor = await actorWith("emergency.file");
  if (!actor?.regionCode) return <AccessDenied need={"emergency.file"} />;
  const region = REGIONS.find((r) => r.code === actor.regionCode);
  const [products, establishments, requests] = await Promise.all([
    emergencyProducts(),
    regionEstablishments(actor.regionCode),
    listEmergencyRequestsOfRegion(actor.regionCode),
  ]);
  return (
    <>
      <h1>Dépannages urgents – {region?.name}</h1>
      <p>
        Quand un établissement de votre région manque d&apos;EPI au-delà de son contingent, demandez un dépannage au
        centre de crise sanitaire. S&apos;il l&apos;accepte, Santé publique France livre l&apos;établissement sur le stock
        de l&apos;État, hors contingent.
      </p>
      <EmergencyRequestForm products={products} establishments={establishments} />
      <h2>Demandes de la région</h2>
      <EmergenciesTable requests={requests} caption="Dépannages urgents demandés pour la région, les plus récents d'abord" />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { FocusedHeading } from "@/components/admin/focused-heading";
import { LocalAidPanel } from "@/components/mutual-aid/local-aid-panel";
import { EmergenciesTable } from "@/components/reporting/emergencies-table";
import { EmergencyRequestForm } from "@/components/requests/emergency-request-form";
import { EstablishmentPicker } from "@/components/requests/establishment-picker";
import { REGIONS } from "@/lib/domain/referential/regions";
import { actorWith } from "@/lib/server/guards";
import { emergencyProducts, regionEstablishments } from "@/lib/server/requests/emergency-products";
import { emergencyLocalAid, listEmergencyRequestsOfRegion } from "@/lib/server/requests/emergency-requests";

export const metadata: Metadata = { title: "Dépannages urgents" };

export default async function EmergencyRequestsPage({ searchParams }: { searchParams: Promise<{ etablissement?: string }> }) {
  const actor = await actorWith("emergency.file");
  if (!actor?.regionCode) return <AccessDenied need={"emergency.file"} />;
  const region = REGIONS.find((r) => r.code === actor.regionCode);
  const chosen = (await searchParams).etablissement?.trim() || null;
  const [products, establishments, requests, aid] = await Promise.all([
    emergencyProducts(),
    regionEstablishments(actor.regionCode),
    listEmergencyRequestsOfRegion(actor.regionCode),
    chosen ? emergencyLocalAid(actor, chosen) : null,
  ]);
  return (
    <>
      <h1>Dépannages urgents – {region?.name}</h1>
      <p>
        Quand un établissement de votre région manque d&apos;EPI au-delà de son contingent, et que ses voisins ne peuvent
        pas l&apos;aider (<Link href="/echanges">entraide entre établissements</Link>), demandez un dépannage au centre de
        crise sanitaire. S&apos;il l&apos;accepte, Santé publique France livre l&apos;établissement sur le stock de
        l&apos;État, hors contingent.
      </p>
      <h2>1. L&apos;établissement et l&apos;entraide locale</h2>
      <EstablishmentPicker establishments={establishments} value={chosen ?? ""} />
      {aid && !aid.ok && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-4w" role="alert" data-refusal={aid.refusal.code}>
          <p>{aid.refusal.message}</p>
        </div>
      )}
      {aid?.ok && (
        <section aria-labelledby="local-aid-title" className="fr-mb-4w">
          {/* Focused once looked up: what the ARS asked for is read next, not the page from its top. */}
          <FocusedHeading id="local-aid-title" level={3}>
            Couverture de {aid.name} et voisins qui pourraient prêter
          </FocusedHeading>
          <LocalAidPanel snapshot={aid.snapshot} testId="emergency-local-aid" />
        </section>
      )}
      <h2>2. La demande</h2>
      <EmergencyRequestForm products={products} establishments={establishments} establishmentFiness={aid?.ok ? chosen! : ""} key={chosen ?? ""} />
      <h2>Demandes de la région</h2>
      <EmergenciesTable requests={requests} caption="Dépannages urgents demandés pour la région, les plus récents d'abord" />
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegistrationForm } from "@/components/registration/registration-form";
import { requireSignedIn } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Inscription" };

export default async function RegistrationPage() {
  const access = await requireSignedIn();
  if (!access.decision.allowed) redirect("/acces-refuse");
  if (access.active) redirect("/accueil");
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Première connexion</h1>
        <p>
          Vous vous connectez pour le FINESS <strong>{access.profile?.finess}</strong>. Complétez les informations que
          PLAGE ne fournit pas ; votre adresse électronique sera ensuite rattachée à ce FINESS.
        </p>
        <RegistrationForm />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegistrationForm } from "@/components/registration/registration-form";
import { requireSignedIn } from "@/lib/server/guards";
import { registrationChoices } from "@/lib/server/registration";

export const metadata: Metadata = { title: "Inscription" };

export default async function RegistrationPage() {
  const access = await requireSignedIn();
  if (!access.decision.allowed) redirect("/acces-refuse");
  if (access.active) redirect("/accueil");
  const choices = await registrationChoices(access.user);
  const [only] = choices;
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Première connexion</h1>
        {choices.length > 1 ? (
          <p>
            Choisissez l&apos;établissement pour lequel vous vous inscrivez et complétez les informations que PLAGE ne fournit
            pas ; votre adresse électronique sera ensuite rattachée à ce seul FINESS.
          </p>
        ) : (
          only && (
            <>
              <p>Vous vous inscrivez pour :</p>
              <address className="fr-mb-3w" data-testid="registration-establishment">
                <strong>{only.name}</strong> (FINESS {only.finess})
                <br />
                {only.address}
              </address>
              <p>Complétez les informations que PLAGE ne fournit pas ; votre adresse électronique sera ensuite rattachée à ce FINESS.</p>
            </>
          )
        )}
        <RegistrationForm choices={choices} />
      </div>
    </div>
  );
}

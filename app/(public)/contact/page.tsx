import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/contact/contact-form";
import { HELPLINE } from "@/components/contact/support-channels";

export const metadata: Metadata = { title: "Contactez-nous" };

export default function ContactPage() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Contactez-nous</h1>
        <p>
          Une question sur le portail, votre numéro FINESS, une commande ou une livraison ? Écrivez à l&apos;équipe de
          Distrilog-santé : votre message est enregistré et vous recevez la réponse par courriel. La{" "}
          <Link href="/faq">foire aux questions</Link> répond peut-être déjà à votre question ; pour une demande urgente,
          appelez l&apos;assistance au <a href={HELPLINE.href}>{HELPLINE.display}</a> ({HELPLINE.hours}).
        </p>
        <ContactForm />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Gestion des cookies" };

const COOKIES = [
  { name: "next-auth.session-token", purpose: "garder votre session ouverte entre deux pages", lifetime: "8 heures au plus, supprimé à la déconnexion" },
  { name: "next-auth.csrf-token", purpose: "protéger la connexion et la déconnexion contre la falsification de requêtes", lifetime: "fin de la session du navigateur" },
  { name: "next-auth.callback-url", purpose: "revenir à la page demandée après la connexion", lifetime: "fin de la session du navigateur" },
  { name: "next-auth.state, next-auth.pkce.code_verifier, next-auth.nonce", purpose: "sécuriser l'échange avec l'ATIH pendant la connexion", lifetime: "15 minutes" },
];

export default function CookiesPage() {
  return (
    <>
      <h1>Gestion des cookies</h1>
      <p>
        Distrilog-santé ne dépose <strong>aucun cookie de mesure d&apos;audience, de publicité ou de réseau social</strong>.
        Les seuls cookies utilisés sont strictement nécessaires à la connexion sécurisée : ils sont exemptés de
        consentement (article 82 de la loi Informatique et Libertés), c&apos;est pourquoi le portail n&apos;affiche pas de
        bandeau de consentement.
      </p>
      <DataTable caption="Cookies déposés par le portail" columns={["Nom", "Rôle", "Durée"]} framed>
        {COOKIES.map((cookie) => (
          <tr key={cookie.name}>
            <td>
              <code>{cookie.name}</code>
            </td>
            <td>{cookie.purpose}</td>
            <td>{cookie.lifetime}</td>
          </tr>
        ))}
      </DataTable>
      <p>
        En connexion sécurisée (HTTPS), ces noms sont précédés de <code>__Secure-</code> ou <code>__Host-</code>. Vous
        pouvez les supprimer depuis votre navigateur : vous serez alors déconnecté. Pour en savoir plus sur vos données,
        voir <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </>
  );
}

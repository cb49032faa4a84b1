import Link from "next/link";

const ADMIN_PAGES = [
  { href: "/admin/categories", label: "Catégories éligibles" },
  { href: "/admin/catalogue", label: "Catalogue" },
  { href: "/admin/tension", label: "Tension" },
  { href: "/admin/quotas", label: "Quotas" },
  { href: "/admin/stock", label: "Stock national" },
  { href: "/admin/taches", label: "Tâches de fond" },
] as const;

export type AdminPage = (typeof ADMIN_PAGES)[number]["href"];

/** The national admin's pages, the current one marked for assistive technologies as well as visually. */
export function AdminNav({ current }: { current: AdminPage }) {
  return (
    <nav aria-label="Administration nationale" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        {ADMIN_PAGES.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} className={`fr-btn ${href === current ? "" : "fr-btn--tertiary"}`} aria-current={href === current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

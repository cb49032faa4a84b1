import Link from "next/link";

/** A table row's last cell: « Modifier », opening the row's edit form; `label` names the row for screen readers. */
export function EditCell({ href, label }: { href: string; label: string }) {
  return (
    <td>
      <Link href={href} aria-label={label}>
        Modifier
      </Link>
    </td>
  );
}

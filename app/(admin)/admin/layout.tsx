import { AdminNav } from "@/components/admin/admin-nav";
import { adminNavigation } from "@/lib/domain/navigation/site-map";
import { currentActor } from "@/lib/server/actor";

/** Every national administration page starts with the admin navigation, to whoever may open one of them. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const [first, ...others] = adminNavigation(actor);
  return (
    <>
      {first && <AdminNav links={[first, ...others]} />}
      {children}
    </>
  );
}

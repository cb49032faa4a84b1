import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import type { RequestStatus } from "@/lib/domain/requests/request-status";
import type { EmergencySummary, EstablishmentLine } from "@/lib/domain/reporting/dashboard";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { can } from "@/lib/domain/permissions/permissions";
import { establishmentFinessField } from "@/lib/schemas/quota";
import type { Actor } from "../actor";
import { dbRead } from "../db";
import { emergencySummaries } from "../requests/emergency-summaries";
import { loadAccountsCover, type AccountCover } from "../stock/account-cover";
import { dashboardDataset, type DashboardDataset } from "./dashboard-dataset";

/** Weeks of orders the page lists, the current one last. */
export const RECORD_WEEKS = 8;

export interface EstablishmentRecord {
  finess: string;
  name: string;
  legalEntityFiness: string;
  legalEntityName: string;
  departementCode: string;
  departementName: string;
  week: string;
  /** The dashboard's line of the establishment for the current week: the same figures as its row. */
  line: EstablishmentLine | null;
  categories: DashboardDataset["categories"];
  orders: Array<{ number: number; week: string; kind: OrderKind; status: OrderStatus; createdAt: Date; units: number; accountFiness: string }>;
  /** Its own account's cover, or its legal entity's when that one orders and declares for it. */
  cover: (AccountCover & { accountFiness: string }) | null;
  emergencies: EmergencySummary[];
  revisions: Array<{ id: string; categoryCode: string; requestedUnits: number; grantedUnits: number | null; fromWeek: string; weeks: number; status: RequestStatus; createdAt: Date }>;
  contacts: Array<{ email: string; givenName: string | null; familyName: string | null; phone: string | null; deliveryContactName: string | null; deliveryContactPhone: string | null; openingHours: string | null }>;
}

/**
 * One establishment as a state agent opens it from the dashboard. An ARS reads only its region's: another region's
 * FINESS gives null, as an unknown one does, so the page answers 404 and says nothing of it.
 */
export async function establishmentRecord(
  actor: Pick<Actor, "roles" | "regionCode">,
  asked: string,
  now = new Date(),
): Promise<EstablishmentRecord | null> {
  // Checked as any ET number is (overseas ones written 9A…9J included): a malformed one is as absent as an unknown one.
  const parsed = establishmentFinessField.safeParse(asked);
  if (!parsed.success) return null;
  const finess = parsed.data;
  const client = dbRead();
  const establishment = await client.establishment.findUnique({
    where: { finess },
    select: {
      finess: true,
      name: true,
      legalEntityFiness: true,
      legalEntity: { select: { name: true } },
      departementCode: true,
      departement: { select: { name: true, regionCode: true } },
    },
  });
  if (!establishment) return null;
  const regionCode = establishment.departement.regionCode;
  const national = can(actor, "establishment.national.read");
  if (!national && !(can(actor, "establishment.region.read") && actor.regionCode !== null && actor.regionCode === regionCode)) return null;

  const week = isoWeekOf(now).key;
  const accounts = [finess, establishment.legalEntityFiness];
  const [dataset, orders, covers, emergencies, revisions, contacts] = await Promise.all([
    dashboardDataset(
      { scope: regionCode ? { kind: "region", regionCode } : { kind: "national" }, week, filters: { departement: establishment.departementCode, q: finess } },
      client,
    ),
    client.order.findMany({
      where: { deliveryFiness: finess, week: { gte: shiftWeek(week, 1 - RECORD_WEEKS), lte: week } },
      select: { number: true, week: true, kind: true, status: true, createdAt: true, accountFiness: true, lines: { select: { units: true } } },
      orderBy: { createdAt: "desc" },
    }),
    loadAccountsCover(accounts, now, client),
    emergencySummaries(client, Prisma.sql`r."deliveryFiness" = ${finess}`, 20),
    client.quotaRevisionRequest.findMany({
      where: { accountFiness: { in: accounts } },
      select: { id: true, categoryCode: true, requestedUnits: true, grantedUnits: true, fromWeek: true, weeks: true, status: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
    client.user.findMany({
      where: { boundFiness: { in: accounts }, registeredAt: { not: null } },
      select: { email: true, givenName: true, familyName: true, phone: true, deliveryContactName: true, deliveryContactPhone: true, openingHours: true },
      orderBy: { email: "asc" },
    }),
  ]);
  const own = covers.get(finess)!;
  const entity = covers.get(establishment.legalEntityFiness)!;
  const cover = own.lastDeclaredAt || !entity.lastDeclaredAt ? { ...own, accountFiness: finess } : { ...entity, accountFiness: establishment.legalEntityFiness };
  return {
    finess,
    name: establishment.name,
    legalEntityFiness: establishment.legalEntityFiness,
    legalEntityName: establishment.legalEntity.name,
    departementCode: establishment.departementCode,
    departementName: establishment.departement.name,
    week,
    line: dataset.establishments.find((l) => l.finess === finess) ?? null,
    categories: dataset.categories,
    orders: orders.map(({ lines, ...order }) => ({ ...order, units: lines.reduce((n, l) => n + l.units, 0) })),
    cover: cover.lastDeclaredAt ? cover : null,
    emergencies,
    revisions,
    contacts,
  };
}

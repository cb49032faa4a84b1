import "server-only";
import { careSectorOf, type CareSector } from "@/lib/domain/referential/care-sector";
import type { Position } from "@/lib/domain/mutual-aid/distance";
import { ESTABLISHMENT_ROLES } from "@/lib/domain/permissions/permissions";
import { db } from "../db";

/** Where an account stands and how to reach it: its ET, or for an EJ account its first site (as the ARS view places it). */
export interface AccountPlace {
  finess: string;
  name: string;
  departementCode: string;
  regionCode: string | null;
  sector: CareSector;
  position: Position | null;
  address: string | null;
  phone: string | null;
}

export interface AccountContact {
  name: string;
  jobTitle: string | null;
  phone: string | null;
  email: string;
  deliveryContact: string | null;
  openingHours: string | null;
}

const SITE = {
  finess: true,
  name: true,
  departementCode: true,
  categoryCode: true,
  coordX: true,
  coordY: true,
  coordSystem: true,
  addressLine: true,
  postalLine: true,
  phone: true,
  departement: { select: { regionCode: true } },
} as const;

type Site = { finess: string; name: string; departementCode: string; categoryCode: string; coordX: number | null; coordY: number | null; coordSystem: string | null; addressLine: string | null; postalLine: string | null; phone: string | null; departement: { regionCode: string | null } };

function placeOf(finess: string, name: string, site: Site): AccountPlace {
  return {
    finess,
    name,
    departementCode: site.departementCode,
    regionCode: site.departement.regionCode,
    sector: careSectorOf(site.categoryCode),
    position: site.coordX !== null && site.coordY !== null ? { x: site.coordX, y: site.coordY, system: site.coordSystem } : null,
    address: [site.addressLine, site.postalLine].filter(Boolean).join(", ") || null,
    phone: site.phone,
  };
}

/** The places of many accounts, in two queries. */
export async function accountPlaces(finesses: readonly string[]): Promise<Map<string, AccountPlace>> {
  const wanted = [...new Set(finesses)];
  const [sites, entities] = await Promise.all([
    db().establishment.findMany({ where: { finess: { in: wanted } }, select: SITE }),
    db().legalEntity.findMany({
      where: { finess: { in: wanted } },
      select: { finess: true, name: true, establishments: { select: SITE, orderBy: { finess: "asc" }, take: 1 } },
    }),
  ]);
  const places = new Map<string, AccountPlace>();
  for (const entity of entities) if (entity.establishments[0]) places.set(entity.finess, placeOf(entity.finess, entity.name, entity.establishments[0]));
  for (const site of sites) places.set(site.finess, placeOf(site.finess, site.name, site));
  return places;
}

/** The registered users of each account, as their registration describes them: whom a neighbour or the ARS calls. */
export async function accountContacts(finesses: readonly string[]): Promise<Map<string, AccountContact[]>> {
  const users = await db().user.findMany({
    where: { boundFiness: { in: [...new Set(finesses)] }, registeredAt: { not: null }, roles: { hasSome: [...ESTABLISHMENT_ROLES] } },
    select: { boundFiness: true, email: true, givenName: true, familyName: true, jobTitle: true, phone: true, deliveryContactName: true, deliveryContactPhone: true, openingHours: true },
    orderBy: { registeredAt: "asc" },
  });
  const contacts = new Map<string, AccountContact[]>();
  for (const u of users) {
    const list = contacts.get(u.boundFiness!) ?? [];
    list.push({
      name: [u.givenName, u.familyName].filter(Boolean).join(" ") || u.email,
      jobTitle: u.jobTitle,
      phone: u.phone,
      email: u.email,
      deliveryContact: [u.deliveryContactName, u.deliveryContactPhone].filter(Boolean).join(", ") || null,
      openingHours: u.openingHours,
    });
    contacts.set(u.boundFiness!, list);
  }
  return contacts;
}

import "server-only";
import { requestRefusals } from "@/lib/domain/requests/refusals";
import { can } from "@/lib/domain/permissions/permissions";
import { requireUndecided, type RequestStatus } from "@/lib/domain/requests/request-status";
import { secondApeRefusal } from "@/lib/domain/requests/second-ape";
import { decideRequestSchema, requestApeSchema, type DecideRequestInput, type RequestApeInput } from "@/lib/schemas/requests";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { regionOfAccount } from "./account-region";

/**
 * A user of an establishment asks to become its APE (administrateur principal d'établissement). One pending request
 * at a time: the user's row is locked while checking, so two clicks make one request.
 */
export async function requestApe(actor: Pick<Actor, "id" | "email" | "roles" | "establishmentFiness">, input: RequestApeInput) {
  const { motivation } = requestApeSchema.parse(input);
  const accountFiness = accountOf(actor);
  if (can(actor, "establishment.administer")) throw requestRefusals.refuse("ALREADY_APE");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    const pending = await tx.apeRequest.count({ where: { userId: actor.id, accountFiness, status: "PENDING" } });
    if (pending) throw requestRefusals.refuse("APE_REQUEST_PENDING");
    const regionCode = await regionOfAccount(tx, accountFiness);
    const request = await tx.apeRequest.create({ data: { userId: actor.id, accountFiness, regionCode, motivation } });
    await audit(tx, actor, { action: "ape.request", entityType: "ApeRequest", entityId: request.id, after: { accountFiness, regionCode, motivation } });
    return { id: request.id };
  });
}

type Person = { email: string; givenName: string | null; familyName: string | null };

/** A current APE as the ARS's warning names them: « Marc Fontaine (ape@clinique-demo.fr) ». */
const apeLabel = (user: Person) => {
  const name = [user.givenName, user.familyName].filter(Boolean).join(" ");
  return name ? `${name} (${user.email})` : user.email;
};

/**
 * The ARS of the request's region approves or rejects it. Approval gives the requester the APE role for that FINESS
 * now, and at every later sign-in (see recordSignIn); both are audited with the decision. An establishment that already
 * has an APE gets a second one only when the ARS, warned, confirms it.
 */
export async function decideApeRequest(actor: Pick<Actor, "id" | "email" | "regionCode">, input: DecideRequestInput) {
  const { requestId, decision, reason, confirmed } = decideRequestSchema.parse(input);
  return db().$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<Array<{ status: RequestStatus; regionCode: string | null; userId: string; accountFiness: string }>>`
      SELECT "status", "regionCode", "userId", "accountFiness" FROM "ApeRequest" WHERE "id" = ${requestId} FOR UPDATE`;
    // A request of another region is not the ARS's to see, let alone decide.
    if (!request || !actor.regionCode || request.regionCode !== actor.regionCode) throw requestRefusals.refuse("APE_REQUEST_NOT_FOUND");
    requireUndecided(request.status);
    let otherApes: Person[] = [];
    if (decision === "APPROVED") {
      // Approvals for one establishment take turns: two agents approving two of its requests at once each see the other's.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ape:${request.accountFiness}`}))`;
      otherApes = await tx.user.findMany({
        where: { boundFiness: request.accountFiness, roles: { has: "APE" }, id: { not: request.userId } },
        select: { email: true, givenName: true, familyName: true },
        orderBy: { email: "asc" },
      });
      const unconfirmed = secondApeRefusal(otherApes.map(apeLabel), confirmed);
      if (unconfirmed) throw unconfirmed;
    }
    await tx.apeRequest.update({
      where: { id: requestId },
      data: { status: decision, decidedAt: new Date(), decidedById: actor.id, decisionReason: reason || null },
    });
    let roleGranted = false;
    if (decision === "APPROVED") {
      const user = await tx.user.findUnique({ where: { id: request.userId }, select: { roles: true, boundFiness: true } });
      if (user && user.boundFiness === request.accountFiness && !user.roles.includes("APE")) {
        await tx.user.update({ where: { id: request.userId }, data: { roles: { push: "APE" } } });
        roleGranted = true;
      }
    }
    await audit(tx, actor, {
      action: decision === "APPROVED" ? "ape.approve" : "ape.reject",
      entityType: "ApeRequest",
      entityId: requestId,
      before: { status: request.status },
      after: {
        status: decision,
        reason: reason || null,
        userId: request.userId,
        accountFiness: request.accountFiness,
        roleGranted,
        ...(otherApes.length ? { otherApes: otherApes.map((u) => u.email) } : {}),
      },
    });
    return { requestId, status: decision };
  });
}

export function listApeRequestsOfUser(userId: string) {
  return db().apeRequest.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
}

/** The region's requests: pending first (oldest first), then the last decided ones. */
export async function listApeRequestsOfRegion(regionCode: string) {
  const [pending, decided] = await Promise.all([
    db().apeRequest.findMany({ where: { regionCode, status: "PENDING" }, orderBy: { createdAt: "asc" } }),
    db().apeRequest.findMany({ where: { regionCode, status: { not: "PENDING" } }, orderBy: { decidedAt: "desc" }, take: 50 }),
  ]);
  const users = await db().user.findMany({
    where: { id: { in: [...new Set([...pending, ...decided].map((r) => r.userId))] } },
    select: { id: true, email: true, givenName: true, familyName: true, jobTitle: true },
  });
  const establishments = await db().establishment.findMany({
    where: { finess: { in: [...new Set([...pending, ...decided].map((r) => r.accountFiness))] } },
    select: { finess: true, name: true },
  });
  const legalEntities = await db().legalEntity.findMany({
    where: { finess: { in: [...new Set([...pending, ...decided].map((r) => r.accountFiness))] } },
    select: { finess: true, name: true },
  });
  const apes = await db().user.findMany({
    where: { boundFiness: { in: [...new Set(pending.map((r) => r.accountFiness))] }, roles: { has: "APE" } },
    select: { id: true, boundFiness: true, email: true, givenName: true, familyName: true },
    orderBy: { email: "asc" },
  });
  const names = new Map([...legalEntities, ...establishments].map((e) => [e.finess, e.name]));
  const withPeople = <R extends { userId: string; accountFiness: string }>(r: R) => ({
    ...r,
    user: users.find((u) => u.id === r.userId) ?? null,
    accountName: names.get(r.accountFiness) ?? r.accountFiness,
  });
  // The warning the ARS reads before approving: who already administers the establishment.
  const currentApesOf = (r: { userId: string; accountFiness: string }) => apes.filter((u) => u.boundFiness === r.accountFiness && u.id !== r.userId).map(apeLabel);
  return { pending: pending.map((r) => ({ ...withPeople(r), currentApes: currentApesOf(r) })), decided: decided.map(withPeople) };
}

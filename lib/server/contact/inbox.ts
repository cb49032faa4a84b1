import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { contactMessageStatus, type InboxFilter, type InboxScope } from "@/lib/domain/contact/inbox";
import { db } from "../db";

/** The inbox shows this many messages at most, newest first. */
export const INBOX_PAGE_SIZE = 200;

/**
 * The messages a scope sees, as SQL: a region's are those whose FINESS names one of its establishments (ET) or the
 * legal entity (EJ) of one; a message without a FINESS is the national administration's alone.
 */
function inScope(scope: InboxScope, message: Prisma.Sql): Prisma.Sql {
  if (scope.kind === "national") return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Establishment" e JOIN "Departement" d ON d."code" = e."departementCode"
    WHERE d."regionCode" = ${scope.regionCode} AND (e."finess" = ${message}."finess" OR e."legalEntityFiness" = ${message}."finess"))`;
}

/** Whether a scope sees one message (inside the answer's transaction too). */
export async function messageInScope(scope: InboxScope, id: string, client: Pick<Prisma.TransactionClient, "$queryRaw"> = db()): Promise<boolean> {
  const rows = await client.$queryRaw<unknown[]>`SELECT 1 FROM "ContactMessage" m WHERE m."id" = ${id} AND ${inScope(scope, Prisma.sql`m`)}`;
  return rows.length > 0;
}

const FILTER_WHERE: Record<InboxFilter, Prisma.ContactMessageWhereInput> = {
  tous: {},
  "sans-reponse": { answer: null },
  nouveaux: { answer: null, inProgressAt: null },
  "en-cours": { answer: null, inProgressAt: { not: null } },
};

/** The messages of the public contact form in a scope, newest first, those of one status if the filter says so. */
export async function listContactMessages(filter: InboxFilter, scope: InboxScope) {
  const ids =
    scope.kind === "national"
      ? undefined
      : (await db().$queryRaw<Array<{ id: string }>>`SELECT m."id" FROM "ContactMessage" m WHERE ${inScope(scope, Prisma.sql`m`)}`).map((row) => row.id);
  const messages = await db().contactMessage.findMany({
    where: { ...FILTER_WHERE[filter], ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: INBOX_PAGE_SIZE,
    select: { id: true, createdAt: true, name: true, email: true, finess: true, topic: true, inProgressAt: true, answer: { select: { sentAt: true } } },
  });
  return messages.map(({ answer, ...message }) => ({ ...message, status: contactMessageStatus(answer, message.inProgressAt) }));
}

/** One message with its answer, if any; null when there is no such message in the scope. */
export async function contactMessageWithAnswer(id: string, scope: InboxScope) {
  if (!(await messageInScope(scope, id))) return null;
  const message = await db().contactMessage.findUnique({
    where: { id },
    include: {
      answer: { select: { body: true, answeredByEmail: true, answeredAt: true, sentAt: true, attempts: true, lastError: true } },
    },
  });
  return message && { ...message, status: contactMessageStatus(message.answer, message.inProgressAt) };
}

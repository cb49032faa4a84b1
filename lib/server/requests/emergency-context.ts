import "server-only";
import type { CategoryCoverView } from "@/lib/domain/stock/account-cover";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import { loadAccountsCover } from "../stock/account-cover";
import { accountsWeeklyQuotas, type AccountCategoryQuota } from "../stock/account-quotas";

export interface EmergencyContext {
  /** The ARS officer who filed the request: name and e-mail, to call back. */
  filedBy: { name: string | null; email: string } | null;
  /** The ordering account's cover today, its declared categories only; null when it never declared. */
  cover: { lastDeclaredAt: Date; categories: CategoryCoverView[] } | null;
  /** The account's use of this week's quota, categories in tension only. */
  quotas: Array<AccountCategoryQuota & { code: string; name: string; unitLabel: string }>;
}

/**
 * What the crisis centre needs beside a request to decide it: the establishment's cover and quota use now (the
 * request's local-aid snapshot says what they were when filed), and who filed it. A fixed number of queries for any
 * number of requests.
 */
export async function emergencyContexts(requestIds: readonly string[], now = new Date(), client: PrismaClient = db()): Promise<Map<string, EmergencyContext>> {
  const requests = await client.emergencyRequest.findMany({ where: { id: { in: [...requestIds] } }, select: { id: true, accountFiness: true, filedById: true } });
  const accounts = [...new Set(requests.map((r) => r.accountFiness))];
  const weekQuotas = accountsWeeklyQuotas(accounts, now, client);
  const [officers, covers, { categories, quotas }] = await Promise.all([
    client.user.findMany({ where: { id: { in: requests.map((r) => r.filedById) } }, select: { id: true, email: true, givenName: true, familyName: true } }),
    weekQuotas.then((known) => loadAccountsCover(accounts, now, client, known)),
    weekQuotas,
  ]);
  return new Map(
    requests.map((request) => {
      const officer = officers.find((o) => o.id === request.filedById);
      const cover = covers.get(request.accountFiness);
      const accountQuotas = quotas.get(request.accountFiness);
      return [
        request.id,
        {
          filedBy: officer ? { name: [officer.givenName, officer.familyName].filter(Boolean).join(" ") || null, email: officer.email } : null,
          cover: cover?.lastDeclaredAt ? { lastDeclaredAt: cover.lastDeclaredAt, categories: cover.categories.filter((c) => c.cover.status !== "NOT_DECLARED") } : null,
          quotas: categories
            .map((c) => ({ code: c.code, name: c.name, unitLabel: c.unitLabel, ...accountQuotas!.get(c.code)! }))
            .filter((q) => q.inTension),
        },
      ];
    }),
  );
}

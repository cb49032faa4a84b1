import { encode } from "next-auth/jwt";
import type pg from "pg";
import { DISTRILOG_DOMAIN, PLAGE_ROLE_LABELS } from "../lib/domain/identity/plage-roles";

/**
 * One registered operator per FINESS, each signed in a moment ago (an open server-side session named by the cookie),
 * and the session cookies a browser would send: `bench-user-<i>` for the i-th FINESS.
 */
export async function signedInOperators(client: pg.Client, finesses: string[], secret: string): Promise<string[]> {
  const users = finesses.map((finess, i) => ({
    id: `bench-user-${i}`,
    finess,
    profiles: [{ finess, roles: [{ domain: DISTRILOG_DOMAIN, role: PLAGE_ROLE_LABELS.OPERATOR }] }],
  }));
  await client.query(
    `INSERT INTO "User" (id, email, "plageSubject", roles, "boundFiness", "plageProfiles", "registeredAt")
     SELECT r->>'id', (r->>'id') || '@banc.fr', r->>'id', '{OPERATOR}', r->>'finess', r->'profiles', now()
       FROM jsonb_array_elements($1::jsonb) r`,
    [JSON.stringify(users)],
  );
  await client.query(
    `INSERT INTO "Session" (id, "userId", "createdAt", "lastSeenAt", "profileCheckedAt") SELECT id, id, now(), now(), now() FROM "User" WHERE id LIKE 'bench-user-%'`,
  );
  return Promise.all(users.map(({ id }) => encode({ token: { sub: id, sessionId: id }, secret })));
}

import { inject } from "vitest";

// The app reads its configuration through lib/server/env.ts; integration tests talk to the run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_URL ??= "http://localhost:3999";
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-of-at-least-32-chars";
process.env.ATIH_ISSUER ??= "http://localhost:3998";
process.env.ATIH_CLIENT_ID ??= "distrilog-sante";
process.env.ATIH_CLIENT_SECRET ??= "integration";

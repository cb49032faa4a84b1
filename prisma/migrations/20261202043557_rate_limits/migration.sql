-- Abuse limits shared by every instance (decision 0009): the counters of rate-limiter-flexible's PostgreSQL store,
-- in a schema of their own — request counters, not portal data: kept out of the Prisma schema, written by the library
-- with one INSERT … ON CONFLICT per request, and out of what the tests compare between table snapshots.
CREATE SCHEMA "rate_limits";

-- The library's own table definition (RateLimiterPostgres), created here so that no instance creates it at run time.
CREATE TABLE "rate_limits"."counters" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "counters_pkey" PRIMARY KEY ("key")
);

-- The periodic clean-up deletes the windows that ended an hour ago.
CREATE INDEX "counters_expire_idx" ON "rate_limits"."counters" ("expire");

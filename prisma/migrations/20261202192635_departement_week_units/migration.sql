-- CreateTable
CREATE TABLE "DepartementWeekUnits" (
    "id" BIGSERIAL NOT NULL,
    "week" VARCHAR(8) NOT NULL,
    "departementCode" VARCHAR(3) NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "kind" "OrderKind" NOT NULL,
    "units" INTEGER NOT NULL,
    "pending" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DepartementWeekUnits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DepartementWeekUnits_week_departementCode_idx" ON "DepartementWeekUnits"("week", "departementCode");


-- Deltas yet to be summed, found without reading the summed rows.
CREATE INDEX "DepartementWeekUnits_pending_idx" ON "DepartementWeekUnits"("week", "departementCode", "categoryCode", "kind") WHERE "pending";

-- The units of one order's lines, as one delta per category, added (sign 1) or taken away (sign -1): what an order
-- counts for once it is not cancelled.
CREATE FUNCTION "departement_week_units_of_order"(order_id text, delivery_finess char(9), order_week varchar, order_kind "OrderKind", sign integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
  SELECT order_week, e."departementCode", l."categoryCode", order_kind, sign * SUM(l."units")
  FROM "OrderLine" l JOIN "Establishment" e ON e."finess" = delivery_finess
  WHERE l."orderId" = order_id
  GROUP BY e."departementCode", l."categoryCode"
  HAVING SUM(l."units") <> 0
$$;

-- Lines added to or removed from an order that is not cancelled. One statement's lines make one delta per category:
-- the order's writes insert their lines in one statement. A line removed with its order (ON DELETE CASCADE) finds
-- no order any more: the order's own trigger below has already taken its lines away.
CREATE FUNCTION "departement_week_units_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
    SELECT o."week", e."departementCode", l."categoryCode", o."kind", SUM(l."units")
    FROM "added_lines" l JOIN "Order" o ON o."id" = l."orderId" JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
    WHERE o."status" <> 'CANCELLED'
    GROUP BY 1, 2, 3, 4 HAVING SUM(l."units") <> 0;
  ELSE
    INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
    SELECT o."week", e."departementCode", l."categoryCode", o."kind", -SUM(l."units")
    FROM "removed_lines" l JOIN "Order" o ON o."id" = l."orderId" JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
    WHERE o."status" <> 'CANCELLED'
    GROUP BY 1, 2, 3, 4 HAVING SUM(l."units") <> 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "OrderLine_departement_week_units_insert"
  AFTER INSERT ON "OrderLine" REFERENCING NEW TABLE AS "added_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "departement_week_units_lines"();
CREATE TRIGGER "OrderLine_departement_week_units_delete"
  AFTER DELETE ON "OrderLine" REFERENCING OLD TABLE AS "removed_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "departement_week_units_lines"();

-- A line whose units, category or order change (receipts change receivedPacks only: not fired).
CREATE FUNCTION "departement_week_units_line_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
  SELECT o."week", e."departementCode", OLD."categoryCode", o."kind", -OLD."units"
  FROM "Order" o JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
  WHERE o."id" = OLD."orderId" AND o."status" <> 'CANCELLED' AND OLD."units" <> 0;
  INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
  SELECT o."week", e."departementCode", NEW."categoryCode", o."kind", NEW."units"
  FROM "Order" o JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
  WHERE o."id" = NEW."orderId" AND o."status" <> 'CANCELLED' AND NEW."units" <> 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "OrderLine_departement_week_units_update"
  AFTER UPDATE OF "units", "categoryCode", "orderId" ON "OrderLine"
  FOR EACH ROW EXECUTE FUNCTION "departement_week_units_line_update"();

-- An order cancelled (or restored), or moved to another week, kind or establishment: its lines leave their old key
-- and join the new one. Other updates (status steps, tracking, receipt) do not fire it.
CREATE FUNCTION "departement_week_units_order_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'CANCELLED' THEN
    PERFORM "departement_week_units_of_order"(OLD."id", OLD."deliveryFiness", OLD."week", OLD."kind", -1);
  END IF;
  IF NEW."status" <> 'CANCELLED' THEN
    PERFORM "departement_week_units_of_order"(NEW."id", NEW."deliveryFiness", NEW."week", NEW."kind", 1);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Order_departement_week_units_update"
  AFTER UPDATE OF "status", "week", "kind", "deliveryFiness" ON "Order"
  FOR EACH ROW
  WHEN ((OLD."status" = 'CANCELLED') IS DISTINCT FROM (NEW."status" = 'CANCELLED')
        OR OLD."week" IS DISTINCT FROM NEW."week" OR OLD."kind" IS DISTINCT FROM NEW."kind"
        OR OLD."deliveryFiness" IS DISTINCT FROM NEW."deliveryFiness")
  EXECUTE FUNCTION "departement_week_units_order_update"();

-- An order deleted takes its lines away while they are still there (the cascade removes them next).
CREATE FUNCTION "departement_week_units_order_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'CANCELLED' THEN
    PERFORM "departement_week_units_of_order"(OLD."id", OLD."deliveryFiness", OLD."week", OLD."kind", -1);
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Order_departement_week_units_delete"
  BEFORE DELETE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION "departement_week_units_order_delete"();

-- An establishment moved to another département takes its orders' units along.
CREATE FUNCTION "departement_week_units_establishment_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units")
  SELECT o."week", d.code, l."categoryCode", o."kind", d.sign * SUM(l."units")
  FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id"
  CROSS JOIN (VALUES (OLD."departementCode", -1), (NEW."departementCode", 1)) AS d(code, sign)
  WHERE o."deliveryFiness" = NEW."finess" AND o."status" <> 'CANCELLED'
  GROUP BY o."week", d.code, d.sign, l."categoryCode", o."kind"
  HAVING SUM(l."units") <> 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Establishment_departement_week_units_update"
  AFTER UPDATE OF "departementCode" ON "Establishment"
  FOR EACH ROW WHEN (OLD."departementCode" IS DISTINCT FROM NEW."departementCode")
  EXECUTE FUNCTION "departement_week_units_establishment_update"();

-- Sums each key's pending deltas, with its summed row if any, into one summed row. Rows written meanwhile are not in
-- this statement's snapshot: they stay pending for the next run. Returns the keys summed.
CREATE FUNCTION "compact_departement_week_units"() RETURNS integer LANGUAGE sql AS $$
  WITH touched AS (
    SELECT DISTINCT "week", "departementCode", "categoryCode", "kind" FROM "DepartementWeekUnits" WHERE "pending"
  ), moved AS (
    DELETE FROM "DepartementWeekUnits" u USING touched t
    WHERE u."week" = t."week" AND u."departementCode" = t."departementCode" AND u."categoryCode" = t."categoryCode" AND u."kind" = t."kind"
    RETURNING u."week", u."departementCode", u."categoryCode", u."kind", u."units"
  ), summed AS (
    INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units", "pending")
    SELECT "week", "departementCode", "categoryCode", "kind", SUM("units"), false FROM moved
    GROUP BY 1, 2, 3, 4 HAVING SUM("units") <> 0
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM touched)::integer
$$;

-- Every order's units summed again from the orders themselves: the orders already there, and a bulk load made
-- with triggers off (the bench).
CREATE FUNCTION "rebuild_departement_week_units"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "DepartementWeekUnits";
  INSERT INTO "DepartementWeekUnits" ("week", "departementCode", "categoryCode", "kind", "units", "pending")
  SELECT o."week", e."departementCode", l."categoryCode", o."kind", SUM(l."units"), false
  FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id" JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
  WHERE o."status" <> 'CANCELLED'
  GROUP BY 1, 2, 3, 4 HAVING SUM(l."units") <> 0;
$$;

SELECT "rebuild_departement_week_units"();

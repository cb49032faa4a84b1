-- An order's writes in one statement (issue 18): the idempotency key, the week's quota usage, the national stock, the
-- order, its lines and its audit row, in one call instead of a transaction of round trips during which the product's
-- NationalStock row stayed locked while the app worked between statements.
--
-- The app has read and checked everything else (channel, allocation round, delivery site, carrier, prices, the
-- allowance per category) and passes, as one jsonb:
--   accountFiness, deliveryFiness, kind, week, carrier, totalCents, idempotencyKey, createdById,
--   purchaseOrderNumber, billingAddress (consortium only), actorId, actorEmail,
--   lines  [{ productId, categoryCode, packs, units, unitPriceCents }] in the order's own order,
--   quotas [{ categoryCode, units, allowedUnits }] sorted by category (state stock only),
--   stock  [{ productId, units }] sorted by product id (state stock only),
--   audit  the audit row's "after" but its number, which the order gets here.
-- Locks in the order every writer takes them (quota rows by category, then stock rows by product id), the stock rows
-- last of all: held from their update to the commit that follows the call.
-- Returns the order placed ("replayed" when the key had already placed it) or, with nothing written, the limit that
-- refused it ("limitReached": QUOTA or STOCK).
CREATE FUNCTION "place_order"(o jsonb)
RETURNS TABLE ("orderId" text, "number" integer, "replayed" boolean, "limitReached" text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  placed record;
  item jsonb;
  taken integer;
  -- The columns are timestamps without time zone holding UTC, as Prisma writes them.
  stamp timestamp(3) := now() AT TIME ZONE 'UTC';
BEGIN
  SELECT p."id", p."number" INTO placed FROM "Order" p
  WHERE p."accountFiness" = o->>'accountFiness' AND p."idempotencyKey" = o->>'idempotencyKey';
  IF FOUND THEN
    RETURN QUERY SELECT placed."id", placed."number", true, NULL::text;
    RETURN;
  END IF;

  BEGIN
    INSERT INTO "Order" ("id", "accountFiness", "deliveryFiness", "kind", "week", "carrier", "totalCents", "idempotencyKey",
                         "createdById", "createdAt", "updatedAt", "purchaseOrderNumber", "billingAddress")
    VALUES ('c' || replace(gen_random_uuid()::text, '-', ''), o->>'accountFiness', o->>'deliveryFiness', (o->>'kind')::"OrderKind",
            o->>'week', (o->>'carrier')::"Carrier", (o->>'totalCents')::integer, o->>'idempotencyKey', o->>'createdById', stamp, stamp,
            o->>'purchaseOrderNumber', o->>'billingAddress')
    ON CONFLICT ("accountFiness", "idempotencyKey") DO NOTHING
    RETURNING "Order"."id", "Order"."number" INTO placed;
    IF NOT FOUND THEN
      -- A concurrent request with the same key won, and committed: it is the one order.
      SELECT p."id", p."number" INTO placed FROM "Order" p
      WHERE p."accountFiness" = o->>'accountFiness' AND p."idempotencyKey" = o->>'idempotencyKey';
      RETURN QUERY SELECT placed."id", placed."number", true, NULL::text;
      RETURN;
    END IF;

    -- Line ids follow the lines' order, as the ids Prisma generated did (a receipt lists the lines by id).
    INSERT INTO "OrderLine" ("id", "orderId", "productId", "categoryCode", "packs", "units", "unitPriceCents")
    SELECT placed."id" || lpad(l.position::text, 3, '0'), placed."id", l.line->>'productId', l.line->>'categoryCode',
           (l.line->>'packs')::integer, (l.line->>'units')::integer, (l.line->>'unitPriceCents')::integer
    FROM jsonb_array_elements(o->'lines') WITH ORDINALITY AS l(line, position);

    INSERT INTO "AuditLog" ("at", "actorId", "actorEmail", "action", "entityType", "entityId", "after")
    VALUES (stamp, o->>'actorId', o->>'actorEmail', 'order.place', 'Order', placed."id",
            jsonb_build_object('number', placed."number") || (o->'audit'));

    FOR item IN SELECT q.quota FROM jsonb_array_elements(o->'quotas') WITH ORDINALITY AS q(quota, position) ORDER BY q.position LOOP
      IF (item->>'units')::integer > (item->>'allowedUnits')::integer THEN
        RAISE SQLSTATE 'DLLIM' USING MESSAGE = 'QUOTA';
      END IF;
      INSERT INTO "WeeklyQuotaUsage" ("accountFiness", "categoryCode", "week", "usedUnits")
      VALUES (o->>'accountFiness', item->>'categoryCode', o->>'week', (item->>'units')::integer)
      ON CONFLICT ("accountFiness", "categoryCode", "week") DO UPDATE
        SET "usedUnits" = "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits"
        WHERE "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits" <= (item->>'allowedUnits')::integer;
      GET DIAGNOSTICS taken = ROW_COUNT;
      IF taken = 0 THEN
        RAISE SQLSTATE 'DLLIM' USING MESSAGE = 'QUOTA';
      END IF;
    END LOOP;

    FOR item IN SELECT s.stock FROM jsonb_array_elements(o->'stock') WITH ORDINALITY AS s(stock, position) ORDER BY s.position LOOP
      UPDATE "NationalStock" SET "quantity" = "quantity" - (item->>'units')::integer, "updatedAt" = now()
      WHERE "productId" = item->>'productId' AND "quantity" >= (item->>'units')::integer;
      GET DIAGNOSTICS taken = ROW_COUNT;
      IF taken = 0 THEN
        RAISE SQLSTATE 'DLLIM' USING MESSAGE = 'STOCK';
      END IF;
    END LOOP;
  EXCEPTION WHEN SQLSTATE 'DLLIM' THEN
    -- The block's writes are undone: nothing was written.
    RETURN QUERY SELECT NULL::text, NULL::integer, false, SQLERRM;
    RETURN;
  END;

  RETURN QUERY SELECT placed."id", placed."number", false, NULL::text;
END;
$$;

-- The version of the reference data (issue 18, decision 0022): categories and their quota parameters, tension
-- decrees, products, settings — what every order reads and an admin changes a few times a week. Each instance caches
-- them and reads this one row first: a change committed anywhere is seen at the next read, on every instance.
-- A trigger bumps it in the changing transaction itself, whoever writes (the app, a seed, a script, psql), and only
-- readers of the committed row see the new version. Its own schema: the tests' reset empties the public tables.
CREATE SCHEMA "reference_data";

CREATE TABLE "reference_data"."version" (
  "id" BOOLEAN PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" BIGINT NOT NULL
);
INSERT INTO "reference_data"."version" ("id", "version") VALUES (true, 1);

CREATE FUNCTION "reference_data"."bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "reference_data"."version" SET "version" = "version" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProductCategory_reference_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_data"."bump_version"();
CREATE TRIGGER "QuotaParameterChange_reference_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "QuotaParameterChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_data"."bump_version"();
CREATE TRIGGER "TensionDecree_reference_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TensionDecree"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_data"."bump_version"();
CREATE TRIGGER "Product_reference_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_data"."bump_version"();
CREATE TRIGGER "Setting_reference_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_data"."bump_version"();

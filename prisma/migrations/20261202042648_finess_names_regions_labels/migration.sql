-- Saint-Barthélemy, Saint-Martin, Polynésie française and Nouvelle-Calédonie have no FINESS département code.
ALTER TABLE "Departement" ALTER COLUMN "finessCode" DROP NOT NULL;

-- The label FINESS gives a category, next to the guide's label administrators decide on.
ALTER TABLE "Category" ADD COLUMN     "finessLabel" TEXT;

-- Both FINESS names (rs, rslongue); "name" becomes the one shown. Rows already there keep their name as the short one
-- until the next import brings both (a legal entity's name was rslongue when it had one).
ALTER TABLE "LegalEntity" ADD COLUMN     "longName" TEXT,
ADD COLUMN     "shortName" TEXT;
UPDATE "LegalEntity" SET "shortName" = "name";
ALTER TABLE "LegalEntity" ALTER COLUMN "shortName" SET NOT NULL;

ALTER TABLE "Establishment" ADD COLUMN     "communeCode" VARCHAR(5),
ADD COLUMN     "shortName" TEXT;
UPDATE "Establishment" SET "shortName" = "name";
ALTER TABLE "Establishment" ALTER COLUMN "shortName" SET NOT NULL;

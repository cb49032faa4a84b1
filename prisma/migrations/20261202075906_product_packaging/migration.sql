-- CreateEnum
CREATE TYPE "Packaging" AS ENUM ('BOX', 'PACKET', 'CARTON', 'ROLL');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "packaging" "Packaging" NOT NULL DEFAULT 'BOX';


-- Products already in the catalogue keep « boîte » unless their name says how they are packed.
UPDATE "Product" SET "packaging" = 'PACKET' WHERE "name" ILIKE '%(paquet de %';
UPDATE "Product" SET "packaging" = 'CARTON' WHERE "name" ILIKE '%(carton de %';
UPDATE "Product" SET "packaging" = 'ROLL' WHERE "name" ILIKE '%(rouleau de %';

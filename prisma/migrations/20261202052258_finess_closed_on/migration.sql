-- AlterTable
ALTER TABLE "LegalEntity" ADD COLUMN     "closedOn" VARCHAR(10);

-- AlterTable
ALTER TABLE "Establishment" ADD COLUMN     "closedOn" VARCHAR(10);


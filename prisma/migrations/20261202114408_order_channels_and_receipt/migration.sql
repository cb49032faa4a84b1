-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CONSORTIUM_OPERATOR';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrderStatus" ADD VALUE 'CONFIRMED';
ALTER TYPE "OrderStatus" ADD VALUE 'REFUSED';
ALTER TYPE "OrderStatus" ADD VALUE 'RECEIVED';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "billingAddress" VARCHAR(500),
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "purchaseOrderNumber" VARCHAR(40),
ADD COLUMN     "receiptNote" VARCHAR(1000),
ADD COLUMN     "receivedAt" TIMESTAMP(3),
ADD COLUMN     "refusalReason" VARCHAR(500),
ADD COLUMN     "refusedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "receivedPacks" INTEGER;

-- CreateIndex
CREATE INDEX "Order_kind_createdAt_idx" ON "Order"("kind", "createdAt");


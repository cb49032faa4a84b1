-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('STATE_STOCK', 'CONSORTIUM');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('SUBMITTED', 'IN_PREPARATION', 'SHIPPED', 'DELIVERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Carrier" AS ENUM ('LA_POSTE', 'SPF_DIRECT');

-- CreateTable
CREATE TABLE "ProductCategory" (
    "code" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "unitLabel" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "quotaPerCapacityUnit" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "quotaPerStaffMember" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "packSize" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalStock" (
    "productId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NationalStock_pkey" PRIMARY KEY ("productId")
);

-- CreateTable
CREATE TABLE "StockReceipt" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reference" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,

    CONSTRAINT "StockReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TensionDecree" (
    "id" TEXT NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "TensionDecree_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaOverride" (
    "id" TEXT NOT NULL,
    "establishmentFiness" CHAR(9) NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "weeklyUnits" INTEGER NOT NULL,
    "fromWeek" VARCHAR(8),
    "toWeek" VARCHAR(8),
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotaOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeeklyQuotaUsage" (
    "accountFiness" CHAR(9) NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "week" VARCHAR(8) NOT NULL,
    "usedUnits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WeeklyQuotaUsage_pkey" PRIMARY KEY ("accountFiness","categoryCode","week")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "deliveryFiness" CHAR(9) NOT NULL,
    "kind" "OrderKind" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'SUBMITTED',
    "week" VARCHAR(8) NOT NULL,
    "carrier" "Carrier" NOT NULL,
    "trackingNumber" TEXT,
    "totalCents" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "preparedAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "packs" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Product_reference_key" ON "Product"("reference");

-- CreateIndex
CREATE INDEX "Product_categoryCode_idx" ON "Product"("categoryCode");

-- CreateIndex
CREATE INDEX "StockReceipt_productId_idx" ON "StockReceipt"("productId");

-- CreateIndex
CREATE INDEX "TensionDecree_categoryCode_startsAt_idx" ON "TensionDecree"("categoryCode", "startsAt");

-- CreateIndex
CREATE INDEX "QuotaOverride_establishmentFiness_categoryCode_idx" ON "QuotaOverride"("establishmentFiness", "categoryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");

-- CreateIndex
CREATE INDEX "Order_accountFiness_createdAt_idx" ON "Order"("accountFiness", "createdAt");

-- CreateIndex
CREATE INDEX "Order_week_status_idx" ON "Order"("week", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Order_accountFiness_idempotencyKey_key" ON "Order"("accountFiness", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_idx" ON "OrderLine"("orderId");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "ProductCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalStock" ADD CONSTRAINT "NationalStock_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockReceipt" ADD CONSTRAINT "StockReceipt_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TensionDecree" ADD CONSTRAINT "TensionDecree_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "ProductCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaOverride" ADD CONSTRAINT "QuotaOverride_establishmentFiness_fkey" FOREIGN KEY ("establishmentFiness") REFERENCES "Establishment"("finess") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaOverride" ADD CONSTRAINT "QuotaOverride_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "ProductCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_deliveryFiness_fkey" FOREIGN KEY ("deliveryFiness") REFERENCES "Establishment"("finess") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants that concurrency must not break, held by PostgreSQL itself.
ALTER TABLE "NationalStock" ADD CONSTRAINT "NationalStock_quantity_non_negative" CHECK ("quantity" >= 0);
ALTER TABLE "WeeklyQuotaUsage" ADD CONSTRAINT "WeeklyQuotaUsage_used_non_negative" CHECK ("usedUnits" >= 0);
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_positive" CHECK ("packs" > 0 AND "units" > 0 AND "unitPriceCents" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_pack_and_price" CHECK ("packSize" > 0 AND "unitPriceCents" >= 0);
ALTER TABLE "StockReceipt" ADD CONSTRAINT "StockReceipt_positive" CHECK ("quantity" > 0);
ALTER TABLE "QuotaOverride" ADD CONSTRAINT "QuotaOverride_non_negative" CHECK ("weeklyUnits" >= 0);
ALTER TABLE "TensionDecree" ADD CONSTRAINT "TensionDecree_period" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");

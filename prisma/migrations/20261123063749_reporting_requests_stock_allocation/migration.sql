-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AllocationStatus" AS ENUM ('COLLECTING', 'ALLOCATED');

-- AlterEnum
ALTER TYPE "OrderKind" ADD VALUE 'EMERGENCY';

-- CreateTable
CREATE TABLE "ApeRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "regionCode" VARCHAR(2),
    "motivation" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,

    CONSTRAINT "ApeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmergencyRequest" (
    "id" TEXT NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "deliveryFiness" CHAR(9) NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "filedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "orderId" TEXT,

    CONSTRAINT "EmergencyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmergencyRequestLine" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "packs" INTEGER NOT NULL,

    CONSTRAINT "EmergencyRequestLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "regionCode" VARCHAR(2) NOT NULL,
    "week" VARCHAR(8) NOT NULL,
    "recipient" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("regionCode","week")
);

-- CreateTable
CREATE TABLE "StockDeclaration" (
    "id" TEXT NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "declaredById" TEXT NOT NULL,

    CONSTRAINT "StockDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationRound" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "week" VARCHAR(8) NOT NULL,
    "cutoffAt" TIMESTAMP(3) NOT NULL,
    "status" "AllocationStatus" NOT NULL DEFAULT 'COLLECTING',
    "stockUnits" INTEGER,
    "allocatedAt" TIMESTAMP(3),
    "createdById" TEXT,

    CONSTRAINT "AllocationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationRequest" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "requestedPacks" INTEGER NOT NULL,
    "quotaUnits" INTEGER NOT NULL,
    "allocatedPacks" INTEGER,
    "orderId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllocationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaRevisionRequest" (
    "id" TEXT NOT NULL,
    "accountFiness" CHAR(9) NOT NULL,
    "regionCode" VARCHAR(2),
    "categoryCode" VARCHAR(30) NOT NULL,
    "requestedUnits" INTEGER NOT NULL,
    "fromWeek" VARCHAR(8) NOT NULL,
    "weeks" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "grantedUnits" INTEGER,
    "decisionReason" TEXT,

    CONSTRAINT "QuotaRevisionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApeRequest_regionCode_status_idx" ON "ApeRequest"("regionCode", "status");

-- CreateIndex
CREATE INDEX "ApeRequest_userId_idx" ON "ApeRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EmergencyRequest_orderId_key" ON "EmergencyRequest"("orderId");

-- CreateIndex
CREATE INDEX "EmergencyRequest_regionCode_status_idx" ON "EmergencyRequest"("regionCode", "status");

-- CreateIndex
CREATE INDEX "StockDeclaration_accountFiness_productId_declaredAt_idx" ON "StockDeclaration"("accountFiness", "productId", "declaredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationRound_productId_week_key" ON "AllocationRound"("productId", "week");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationRequest_orderId_key" ON "AllocationRequest"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationRequest_roundId_accountFiness_key" ON "AllocationRequest"("roundId", "accountFiness");

-- CreateIndex
CREATE INDEX "QuotaRevisionRequest_regionCode_status_idx" ON "QuotaRevisionRequest"("regionCode", "status");

-- CreateIndex
CREATE INDEX "QuotaRevisionRequest_accountFiness_idx" ON "QuotaRevisionRequest"("accountFiness");

-- AddForeignKey
ALTER TABLE "EmergencyRequestLine" ADD CONSTRAINT "EmergencyRequestLine_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "EmergencyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRequest" ADD CONSTRAINT "AllocationRequest_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AllocationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "EmergencyRequestLine" ADD CONSTRAINT "EmergencyRequestLine_positive" CHECK ("packs" > 0);
ALTER TABLE "StockDeclaration" ADD CONSTRAINT "StockDeclaration_non_negative" CHECK ("quantity" >= 0);
ALTER TABLE "AllocationRequest" ADD CONSTRAINT "AllocationRequest_amounts" CHECK ("requestedPacks" > 0 AND "quotaUnits" >= 0 AND ("allocatedPacks" IS NULL OR ("allocatedPacks" >= 0 AND "allocatedPacks" <= "requestedPacks")));
ALTER TABLE "QuotaRevisionRequest" ADD CONSTRAINT "QuotaRevisionRequest_amounts" CHECK ("requestedUnits" > 0 AND "weeks" BETWEEN 1 AND 52 AND ("grantedUnits" IS NULL OR "grantedUnits" >= 0));
-- One pending APE request per user at a time.
CREATE UNIQUE INDEX "ApeRequest_one_pending_per_user" ON "ApeRequest" ("userId") WHERE "status" = 'PENDING';

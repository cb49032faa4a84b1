-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('OFFERED', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'WITHDRAWN', 'HANDED_OVER', 'RECEIVED');

-- AlterTable
ALTER TABLE "EmergencyRequest" ADD COLUMN     "localAid" JSONB,
ADD COLUMN     "localAidTried" TEXT;

-- CreateTable
CREATE TABLE "Exchange" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "productId" TEXT NOT NULL,
    "lenderFiness" CHAR(9) NOT NULL,
    "borrowerFiness" CHAR(9),
    "requestedUnits" INTEGER NOT NULL,
    "agreedUnits" INTEGER,
    "status" "ExchangeStatus" NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "brokeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "handedOverAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_number_key" ON "Exchange"("number");

-- CreateIndex
CREATE INDEX "Exchange_regionCode_status_idx" ON "Exchange"("regionCode", "status");

-- CreateIndex
CREATE INDEX "Exchange_lenderFiness_status_idx" ON "Exchange"("lenderFiness", "status");

-- CreateIndex
CREATE INDEX "Exchange_borrowerFiness_status_idx" ON "Exchange"("borrowerFiness", "status");

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A loan is of a positive quantity, agreed for no more than asked, between two different accounts; an offer alone
-- has no borrower, every other state has one.
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_quantities" CHECK ("requestedUnits" > 0 AND ("agreedUnits" IS NULL OR ("agreedUnits" > 0 AND "agreedUnits" <= "requestedUnits")));
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_two_accounts" CHECK ("borrowerFiness" IS DISTINCT FROM "lenderFiness");
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_borrower" CHECK (("status" IN ('OFFERED', 'WITHDRAWN')) = ("borrowerFiness" IS NULL));

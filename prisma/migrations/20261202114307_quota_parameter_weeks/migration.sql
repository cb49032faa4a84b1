-- CreateTable
CREATE TABLE "QuotaParameterChange" (
    "id" TEXT NOT NULL,
    "categoryCode" VARCHAR(30) NOT NULL,
    "fromWeek" VARCHAR(8) NOT NULL,
    "perCapacityUnit" DOUBLE PRECISION NOT NULL,
    "perStaffMember" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "QuotaParameterChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuotaParameterChange_categoryCode_fromWeek_key" ON "QuotaParameterChange"("categoryCode", "fromWeek");

-- AddForeignKey
ALTER TABLE "QuotaParameterChange" ADD CONSTRAINT "QuotaParameterChange_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "ProductCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;


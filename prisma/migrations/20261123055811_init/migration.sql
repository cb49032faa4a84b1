-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LegalSector" AS ENUM ('PUBLIC', 'PRIVATE_NON_PROFIT', 'PRIVATE_COMMERCIAL', 'FOREIGN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OPERATOR', 'INVENTORY_OPERATOR', 'APE', 'ARS', 'NATIONAL_ADMIN', 'LOGISTICS', 'CRISIS_CENTER');

-- CreateTable
CREATE TABLE "Region" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "mailbox" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Departement" (
    "code" VARCHAR(3) NOT NULL,
    "finessCode" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" VARCHAR(2),

    CONSTRAINT "Departement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Category" (
    "code" VARCHAR(3) NOT NULL,
    "label" TEXT NOT NULL,
    "eligible" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LegalEntity" (
    "finess" CHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "statusCode" VARCHAR(2),
    "statusLabel" TEXT,
    "sector" "LegalSector" NOT NULL DEFAULT 'UNKNOWN',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalEntity_pkey" PRIMARY KEY ("finess")
);

-- CreateTable
CREATE TABLE "Establishment" (
    "finess" CHAR(9) NOT NULL,
    "legalEntityFiness" CHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "longName" TEXT,
    "categoryCode" VARCHAR(3) NOT NULL,
    "departementCode" VARCHAR(3) NOT NULL,
    "addressLine" TEXT,
    "postalLine" TEXT,
    "phone" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 0,
    "salariedStaff" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Establishment_pkey" PRIMARY KEY ("finess")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "plageSubject" TEXT NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "boundFiness" CHAR(9),
    "roles" "Role"[],
    "regionCode" VARCHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Departement_finessCode_key" ON "Departement"("finessCode");

-- CreateIndex
CREATE INDEX "Departement_regionCode_idx" ON "Departement"("regionCode");

-- CreateIndex
CREATE INDEX "Establishment_legalEntityFiness_idx" ON "Establishment"("legalEntityFiness");

-- CreateIndex
CREATE INDEX "Establishment_departementCode_idx" ON "Establishment"("departementCode");

-- CreateIndex
CREATE INDEX "Establishment_categoryCode_idx" ON "Establishment"("categoryCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_plageSubject_key" ON "User"("plageSubject");

-- AddForeignKey
ALTER TABLE "Departement" ADD CONSTRAINT "Departement_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_legalEntityFiness_fkey" FOREIGN KEY ("legalEntityFiness") REFERENCES "LegalEntity"("finess") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "Category"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;


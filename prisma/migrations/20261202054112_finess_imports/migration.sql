-- CreateEnum
CREATE TYPE "FinessImportState" AS ENUM ('QUEUED', 'READING', 'WRITING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "FinessImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "byteSize" BIGINT,
    "kind" TEXT,
    "state" "FinessImportState" NOT NULL DEFAULT 'QUEUED',
    "totalLines" INTEGER,
    "linesRead" INTEGER NOT NULL DEFAULT 0,
    "bytesRead" BIGINT NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FinessImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinessImportRejection" (
    "importId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "FinessImportRejection_pkey" PRIMARY KEY ("importId","position")
);

-- CreateIndex
CREATE INDEX "FinessImport_createdAt_idx" ON "FinessImport"("createdAt");

-- AddForeignKey
ALTER TABLE "FinessImportRejection" ADD CONSTRAINT "FinessImportRejection_importId_fkey" FOREIGN KEY ("importId") REFERENCES "FinessImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


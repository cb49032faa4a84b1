-- AlterTable
ALTER TABLE "ContactMessage" ADD COLUMN     "inProgressAt" TIMESTAMP(3),
ADD COLUMN     "inProgressByEmail" TEXT;


-- CreateTable
CREATE TABLE "ContactAnswer" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "answeredById" TEXT NOT NULL,
    "answeredByEmail" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "mailMessageId" TEXT,

    CONSTRAINT "ContactAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactAnswer_messageId_key" ON "ContactAnswer"("messageId");

-- CreateIndex
CREATE INDEX "ContactAnswer_sentAt_idx" ON "ContactAnswer"("sentAt");

-- AddForeignKey
ALTER TABLE "ContactAnswer" ADD CONSTRAINT "ContactAnswer_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ContactMessage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


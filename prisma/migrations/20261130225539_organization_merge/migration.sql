-- CreateTable
CREATE TABLE "OrganizationMerge" (
    "id" TEXT NOT NULL,
    "survivorId" TEXT NOT NULL,
    "mergedId" TEXT NOT NULL,
    "mergedSlug" TEXT NOT NULL,
    "mergedName" JSONB NOT NULL,
    "record" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,

    CONSTRAINT "OrganizationMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationMerge_survivorId_createdAt_idx" ON "OrganizationMerge"("survivorId", "createdAt");

-- CreateIndex
CREATE INDEX "OrganizationMerge_mergedSlug_idx" ON "OrganizationMerge"("mergedSlug");

-- CreateEnum
CREATE TYPE "DisclosurePushKind" AS ENUM ('PUBLISH', 'WITHDRAW');

-- CreateEnum
CREATE TYPE "DisclosurePushStatus" AS ENUM ('PENDING', 'SENT', 'DEAD');

-- AlterTable
ALTER TABLE "Disclosure" ADD COLUMN     "basis" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "caseType" "CaseType",
ADD COLUMN     "channels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "creditCode" TEXT,
ADD COLUMN     "decidedOn" DATE,
ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "displayMonths" INTEGER,
ADD COLUMN     "dueProvisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "itemCode" TEXT,
ADD COLUMN     "itemName" TEXT,
ADD COLUMN     "partyName" TEXT,
ADD COLUMN     "partyNameKey" TEXT,
ADD COLUMN     "partyNameTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "publishedOn" DATE,
ADD COLUMN     "redactedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "withdrawalBasis" TEXT,
ADD COLUMN     "withdrawnById" TEXT;

-- CreateTable
CREATE TABLE "DisclosurePush" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "kind" "DisclosurePushKind" NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DisclosurePushStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "lastStatus" INTEGER,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DisclosurePush_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureSettings" (
    "tenantId" TEXT NOT NULL,
    "autoPublish" BOOLEAN NOT NULL DEFAULT false,
    "redactionPolicy" JSONB,
    "soonDueWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DisclosureSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,
    "xlsxSha256" TEXT NOT NULL,
    "xlsxStorageKey" TEXT NOT NULL,
    "docxSha256" TEXT NOT NULL,
    "docxStorageKey" TEXT NOT NULL,
    "correctsId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisclosurePush_tenantId_status_nextAttemptAt_idx" ON "DisclosurePush"("tenantId", "status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "DisclosurePush_status_nextAttemptAt_idx" ON "DisclosurePush"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "DisclosurePush_tenantId_status_updatedAt_idx" ON "DisclosurePush"("tenantId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "DisclosurePush_tenantId_disclosureId_idx" ON "DisclosurePush"("tenantId", "disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosurePush_tenantId_idempotencyKey_key" ON "DisclosurePush"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "AnnualReport_tenantId_year_publishedAt_idx" ON "AnnualReport"("tenantId", "year", "publishedAt");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_caseId_idx" ON "Disclosure"("tenantId", "caseId");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_decidedOn_id_idx" ON "Disclosure"("tenantId", "decidedOn", "id");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_itemCode_decidedOn_id_idx" ON "Disclosure"("tenantId", "itemCode", "decidedOn", "id");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_caseType_decidedOn_id_idx" ON "Disclosure"("tenantId", "caseType", "decidedOn", "id");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_creditCode_idx" ON "Disclosure"("tenantId", "creditCode");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_decisionNumber_idx" ON "Disclosure"("tenantId", "decisionNumber");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_publishedAt_idx" ON "Disclosure"("tenantId", "publishedAt");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_withdrawnAt_idx" ON "Disclosure"("tenantId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Disclosure_partyNameTokens_idx" ON "Disclosure" USING GIN ("partyNameTokens");

-- CreateIndex
CREATE UNIQUE INDEX "Disclosure_tenantId_decisionId_itemKey_key" ON "Disclosure"("tenantId", "decisionId", "itemKey");

-- AddForeignKey
ALTER TABLE "DisclosurePush" ADD CONSTRAINT "DisclosurePush_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security for the new tenant-owned tables, as in migration app_role_rls (the default privileges
-- granted there already give sanxiang_app SELECT, INSERT and UPDATE on them, and no DELETE).
ALTER TABLE "DisclosurePush" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "DisclosurePush_tenant_isolation" ON "DisclosurePush" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "DisclosureSettings" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "DisclosureSettings_tenant_isolation" ON "DisclosureSettings" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "AnnualReport" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "AnnualReport_tenant_isolation" ON "AnnualReport" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

-- A published annual report is a record: a correction is a new row (correctsId), never an edit.
REVOKE UPDATE ON "AnnualReport" FROM sanxiang_app;
CREATE TRIGGER "AnnualReport_append_only" BEFORE UPDATE OR DELETE ON "AnnualReport"
  FOR EACH ROW EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "AnnualReport_no_truncate" BEFORE TRUNCATE ON "AnnualReport"
  FOR EACH STATEMENT EXECUTE FUNCTION sanxiang_forbid_change();

-- DropIndex
DROP INDEX "Disclosure_tenantId_caseType_decidedOn_id_idx";

-- DropIndex
DROP INDEX "Disclosure_tenantId_decidedOn_id_idx";

-- DropIndex
DROP INDEX "Disclosure_tenantId_itemCode_decidedOn_id_idx";

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_decidedOn_id_status_publishedAt_display_idx" ON "Disclosure"("tenantId", "decidedOn", "id", "status", "publishedAt", "displayUntil");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_itemCode_decidedOn_id_status_publishedA_idx" ON "Disclosure"("tenantId", "itemCode", "decidedOn", "id", "status", "publishedAt", "displayUntil");

-- CreateIndex
CREATE INDEX "Disclosure_tenantId_caseType_decidedOn_id_status_publishedA_idx" ON "Disclosure"("tenantId", "caseType", "decidedOn", "id", "status", "publishedAt", "displayUntil");

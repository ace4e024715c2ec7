-- The application's database role, and row-level security as a second wall behind the tenant-scoped client.
-- On PostgreSQL the application connects as (or SET LOCAL ROLE to) sanxiang_app: neither superuser nor BYPASSRLS,
-- because superusers ignore row-level security (STACK.md). Inside each transaction the app sets
-- app.tenant_id with set_config(..., true); after commit current_setting returns '' rather than NULL, hence NULLIF.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sanxiang_app') THEN
    CREATE ROLE sanxiang_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO sanxiang_app;
-- Nothing is deleted (corrections are new rows), so DELETE and TRUNCATE are granted on no table.
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO sanxiang_app;
-- What was recorded stays as recorded: the audit chain, published configurations and evidence are insert-only.
REVOKE UPDATE ON "AuditEvent", "ConfigVersion", "EvidenceRecord" FROM sanxiang_app;
-- The migration table is the migrator's alone (it is absent where migrations are replayed in a scratch database).
DO $$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE INSERT, UPDATE ON "_prisma_migrations" FROM sanxiang_app;
  END IF;
END
$$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO sanxiang_app;

-- The directory of tenants is public (事前公开); changing a tenant row is limited to that tenant.
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Tenant_read" ON "Tenant" FOR SELECT TO sanxiang_app USING (true);
CREATE POLICY "Tenant_write" ON "Tenant" FOR UPDATE TO sanxiang_app
  USING ("id" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("id" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Department" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Department_tenant_isolation" ON "Department" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "User_tenant_isolation" ON "User" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "OfficerCertificate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "OfficerCertificate_tenant_isolation" ON "OfficerCertificate" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "ConfigVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ConfigVersion_tenant_isolation" ON "ConfigVersion" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "EnforcementItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "EnforcementItem_tenant_isolation" ON "EnforcementItem" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Case" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Case_tenant_isolation" ON "Case" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Party" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Party_tenant_isolation" ON "Party" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "CaseOfficer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "CaseOfficer_tenant_isolation" ON "CaseOfficer" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "CaseTransition" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "CaseTransition_tenant_isolation" ON "CaseTransition" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Approval" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Approval_tenant_isolation" ON "Approval" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "CollectiveDiscussion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "CollectiveDiscussion_tenant_isolation" ON "CollectiveDiscussion" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "EnforcementAction" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "EnforcementAction_tenant_isolation" ON "EnforcementAction" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "EvidenceRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "EvidenceRecord_tenant_isolation" ON "EvidenceRecord" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "LegalReview" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "LegalReview_tenant_isolation" ON "LegalReview" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "ReviewRound" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "ReviewRound_tenant_isolation" ON "ReviewRound" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Decision" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Decision_tenant_isolation" ON "Decision" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "GeneratedDocument" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "GeneratedDocument_tenant_isolation" ON "GeneratedDocument" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Disclosure" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Disclosure_tenant_isolation" ON "Disclosure" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "Complaint" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Complaint_tenant_isolation" ON "Complaint" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "SupervisionOpinion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "SupervisionOpinion_tenant_isolation" ON "SupervisionOpinion" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "AuditEvent_tenant_isolation" ON "AuditEvent" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

ALTER TABLE "AuditHead" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "AuditHead_tenant_isolation" ON "AuditHead" TO sanxiang_app
  USING ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''))
  WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant_id', true), ''));

-- "Session" is looked up by the SHA-256 of its cookie token before any tenant is known; the token is the secret.

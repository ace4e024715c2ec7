-- Append-only tables: what was recorded stays as it was recorded (DOMAIN.md: "Nothing is deleted.
-- Corrections are new entries that point to what they correct"). Written by hand: Prisma's schema
-- language has no triggers, so the schema engine neither creates nor diffs them.
CREATE OR REPLACE FUNCTION sanxiang_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % is not allowed (记录只可追加，不可修改或删除)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "ConfigVersion_append_only" BEFORE UPDATE OR DELETE ON "ConfigVersion"
  FOR EACH ROW EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "ConfigVersion_no_truncate" BEFORE TRUNCATE ON "ConfigVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "EvidenceRecord_append_only" BEFORE UPDATE OR DELETE ON "EvidenceRecord"
  FOR EACH ROW EXECUTE FUNCTION sanxiang_forbid_change();
CREATE TRIGGER "EvidenceRecord_no_truncate" BEFORE TRUNCATE ON "EvidenceRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION sanxiang_forbid_change();

-- A record is corrected at most once: two corrections of one record would fork the chain, and a reader could not
-- tell which is current. The unique index makes the database refuse the second one even when both arrive at once.
--
-- EvidenceRecord is append-only (migration append_only), so a fork stored before this index cannot be repaired here
-- by rewriting rows. Refuse instead, naming the forked records, so the operator decides with the enforcement unit
-- which correction stands (and records that decision) before this migration is run again. Nothing is changed on refusal.
DO $$
DECLARE
  forks text;
BEGIN
  SELECT string_agg(format('%s <- {%s}', "correctsId", ids), '; ') INTO forks
  FROM (
    SELECT "correctsId", string_agg("id", ', ' ORDER BY "createdAt", "id") AS ids
    FROM "EvidenceRecord"
    WHERE "correctsId" IS NOT NULL
    GROUP BY "correctsId"
    HAVING count(*) > 1
  ) AS forked;
  IF forks IS NOT NULL THEN
    RAISE EXCEPTION 'evidence records corrected more than once (证据记录被重复更正，更正链出现分叉): %', forks
      USING HINT = 'Decide which correction stands before adding the unique index on "EvidenceRecord"."correctsId" (确定以哪条更正为准后再执行本迁移).';
  END IF;
END;
$$;

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceRecord_correctsId_key" ON "EvidenceRecord"("correctsId");

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "evidenceMaxBytes" BIGINT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "area" TEXT,
ADD COLUMN     "discoveredAt" DATE,
ADD COLUMN     "violationAt" DATE,
ADD COLUMN     "violationEndedAt" DATE;

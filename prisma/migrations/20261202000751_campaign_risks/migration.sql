-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "risks" VARCHAR(5000) NOT NULL DEFAULT '';


-- AlterTable
ALTER TABLE "IntakeRound" ADD COLUMN     "quota" INTEGER;


-- A quota is a positive number of places (a trigger, as Prisma's describer cannot hold CHECKs).
CREATE OR REPLACE FUNCTION "IntakeRound_quota_positive"() RETURNS trigger AS $$
BEGIN
  IF NEW."quota" IS NOT NULL AND NEW."quota" <= 0 THEN
    RAISE EXCEPTION 'quota must be positive' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "IntakeRound_quota_positive" BEFORE INSERT OR UPDATE OF "quota" ON "IntakeRound"
  FOR EACH ROW EXECUTE FUNCTION "IntakeRound_quota_positive"();

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('WECHAT_PAY', 'ALIPAY', 'CARD');

-- AlterTable (the order number is backfilled for pledges made before checkout had one)
ALTER TABLE "Pledge" ADD COLUMN     "orderNumber" VARCHAR(20),
ADD COLUMN     "paymentMethod" "PaymentMethod" NOT NULL DEFAULT 'CARD',
ADD COLUMN     "shipAddress" VARCHAR(300),
ADD COLUMN     "shipName" VARCHAR(60),
ADD COLUMN     "shipPhone" VARCHAR(30);
UPDATE "Pledge" SET "orderNumber" = 'ZC' || upper(substr(md5(id), 1, 12)) WHERE "orderNumber" IS NULL;
ALTER TABLE "Pledge" ALTER COLUMN "orderNumber" SET NOT NULL,
  ALTER COLUMN "orderNumber" SET DEFAULT ('ZC'::text || upper(substr(replace((gen_random_uuid())::text, '-'::text, ''::text), 1, 12)));

-- AlterTable
ALTER TABLE "RewardTier" ADD COLUMN     "shipsPhysical" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_orderNumber_key" ON "Pledge"("orderNumber");

-- A pledge on a tier with a physical reward carries a complete shipping address.
CREATE OR REPLACE FUNCTION "Pledge_shipping_check"() RETURNS trigger AS $$
BEGIN
  IF NEW."tierId" IS NOT NULL AND EXISTS (SELECT 1 FROM "RewardTier" WHERE id = NEW."tierId" AND "shipsPhysical") THEN
    IF coalesce(btrim(NEW."shipName"), '') = '' OR coalesce(btrim(NEW."shipPhone"), '') = '' OR coalesce(btrim(NEW."shipAddress"), '') = '' THEN
      RAISE EXCEPTION 'a physical reward needs a shipping address' USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Pledge_shipping_check" BEFORE INSERT ON "Pledge"
  FOR EACH ROW EXECUTE FUNCTION "Pledge_shipping_check"();

-- CreateTable
CREATE TABLE "WorkingCalendarDay" (
    "date" DATE NOT NULL,
    "working" BOOLEAN NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkingCalendarDay_pkey" PRIMARY KEY ("date")
);


-- The State Council's 2026 schedule of public holidays and swapped working days (调休).
-- Operators add later years on /operate/calendar when they are published.
INSERT INTO "WorkingCalendarDay" ("date", "working", "name", "updatedAt") VALUES
  ('2026-01-01', false, '元旦 New Year''s Day', now()),
  ('2026-01-02', false, '元旦 New Year''s Day', now()),
  ('2026-01-03', false, '元旦 New Year''s Day', now()),
  ('2026-01-04', true, '元旦调休上班 Working day (New Year''s Day swap)', now()),
  ('2026-02-14', true, '春节调休上班 Working day (Spring Festival swap)', now()),
  ('2026-02-15', false, '春节 Spring Festival', now()),
  ('2026-02-16', false, '春节 Spring Festival', now()),
  ('2026-02-17', false, '春节 Spring Festival', now()),
  ('2026-02-18', false, '春节 Spring Festival', now()),
  ('2026-02-19', false, '春节 Spring Festival', now()),
  ('2026-02-20', false, '春节 Spring Festival', now()),
  ('2026-02-21', false, '春节 Spring Festival', now()),
  ('2026-02-22', false, '春节 Spring Festival', now()),
  ('2026-02-23', false, '春节 Spring Festival', now()),
  ('2026-02-28', true, '春节调休上班 Working day (Spring Festival swap)', now()),
  ('2026-04-04', false, '清明节 Qingming Festival', now()),
  ('2026-04-05', false, '清明节 Qingming Festival', now()),
  ('2026-04-06', false, '清明节 Qingming Festival', now()),
  ('2026-05-01', false, '劳动节 Labour Day', now()),
  ('2026-05-02', false, '劳动节 Labour Day', now()),
  ('2026-05-03', false, '劳动节 Labour Day', now()),
  ('2026-05-04', false, '劳动节 Labour Day', now()),
  ('2026-05-05', false, '劳动节 Labour Day', now()),
  ('2026-05-09', true, '劳动节调休上班 Working day (Labour Day swap)', now()),
  ('2026-06-19', false, '端午节 Dragon Boat Festival', now()),
  ('2026-06-20', false, '端午节 Dragon Boat Festival', now()),
  ('2026-06-21', false, '端午节 Dragon Boat Festival', now()),
  ('2026-09-20', true, '国庆节调休上班 Working day (National Day swap)', now()),
  ('2026-09-25', false, '中秋节 Mid-Autumn Festival', now()),
  ('2026-09-26', false, '中秋节 Mid-Autumn Festival', now()),
  ('2026-09-27', false, '中秋节 Mid-Autumn Festival', now()),
  ('2026-10-01', false, '国庆节 National Day', now()),
  ('2026-10-02', false, '国庆节 National Day', now()),
  ('2026-10-03', false, '国庆节 National Day', now()),
  ('2026-10-04', false, '国庆节 National Day', now()),
  ('2026-10-05', false, '国庆节 National Day', now()),
  ('2026-10-06', false, '国庆节 National Day', now()),
  ('2026-10-07', false, '国庆节 National Day', now()),
  ('2026-10-10', true, '国庆节调休上班 Working day (National Day swap)', now())
ON CONFLICT ("date") DO NOTHING;

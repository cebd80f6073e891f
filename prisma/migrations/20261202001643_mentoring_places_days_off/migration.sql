-- AlterTable
ALTER TABLE "MentoringSession" ADD COLUMN     "location" VARCHAR(300) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OfficeHour" ADD COLUMN     "location" VARCHAR(300) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "MentorDayOff" (
    "mentorId" TEXT NOT NULL,
    "day" VARCHAR(10) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorDayOff_pkey" PRIMARY KEY ("mentorId","day")
);

-- AddForeignKey
ALTER TABLE "MentorDayOff" ADD CONSTRAINT "MentorDayOff_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


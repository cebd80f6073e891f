-- The console's overview read the whole booking history for "in use now" and today's counts.
CREATE INDEX "Booking_status_endsAt_idx" ON "Booking"("status", "endsAt");
CREATE INDEX "Booking_startsAt_idx" ON "Booking"("startsAt");

-- CreateIndex
CREATE INDEX "Booking_resourceId_blockedUntil_idx" ON "Booking"("resourceId", "blockedUntil");


import { NextResponse } from 'next/server';
import { z } from 'zod';
import { text } from '@/lib/validation';
import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { cancelBooking } from '@/lib/bookings/service';

const bodySchema = z.object({ reason: text().trim().min(1, 'reasonRequired').max(500, 'reasonTooLong') });

export const POST = apiRoute(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(req);
  const { reason } = await readJson(req, bodySchema);
  const result = await cancelBooking(user, { bookingId: (await params).id, reason });
  if (!result.ok) return failureResponse(req, result);
  return NextResponse.json(result.data);
});

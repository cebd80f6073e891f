import { NextResponse } from 'next/server';
import { apiRoute, requireApiUser } from '@/lib/api/http';

export const GET = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  return NextResponse.json({ id: user.id, email: user.email, name: user.name, locale: user.locale, roles: user.roles });
});

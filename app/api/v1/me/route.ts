import { apiRoute, requireApiUser } from '@/lib/api/http';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

export const GET = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  return respond(API.getMe, 200, { id: user.id, email: user.email, name: user.name, locale: user.locale, roles: user.roles });
});

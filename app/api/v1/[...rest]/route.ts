import { apiRoute, errorResponse } from '@/lib/api/http';

// Unknown API paths answer JSON, like every other API error.
const notFound = apiRoute(async (req) => errorResponse(req, 'NOT_FOUND', 'apiNotFound'));
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };

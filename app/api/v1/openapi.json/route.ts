import { apiRoute } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** The OpenAPI 3.1 document of this API, built from the route registry. Public. */
export const GET = apiRoute(async () => respond(API.getOpenApiDocument, 200, openApiDocument()));

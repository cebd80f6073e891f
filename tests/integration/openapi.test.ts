import { compileErrors, validate } from '@readme/openapi-parser';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { GET as campaignsRoute } from '@/app/api/v1/campaigns/route';
import { POST as bookingsRoute } from '@/app/api/v1/bookings/route';
import { statusOf } from '@/lib/api/http';
import { buildOpenApiDocument, type OpenApiDocument } from '@/lib/api/openapi';
import { API, API_OPERATIONS, errorCodesOf } from '@/lib/api/registry';
import { bookingCreateSchema } from '@/lib/bookings/schemas';

const noParams = { params: Promise.resolve({}) };

async function validateDocument(doc: unknown) {
  // The parser resolves $refs in place, so it gets its own copy.
  const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
  return { valid: result.valid, errors: result.valid ? '' : compileErrors(result) };
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validateDocument(doc);
    expect(result.errors).toBe('');
    expect(result.valid).toBe(true);
  });

  it('is refused by the validator once a path parameter is left undeclared', async () => {
    // Proves the validation above can fail: `{id}` in the path needs a declared parameter.
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { parameters?: unknown }>> };
    delete doc.paths['/api/v1/projects/{id}'].get.parameters;
    const result = await validateDocument(doc);
    expect(result.valid).toBe(false);
    expect(result.errors).toMatch(/id/);
  });

  it('answers GET /api/v1/openapi.json with 200 and the document', async () => {
    const res = await openApiRoute(new NextRequest('http://localhost/api/v1/openapi.json'), noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as OpenApiDocument;
    expect(body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    expect(Object.keys(body.paths)).toContain('/api/v1/openapi.json');
  });

  it('has one operation per registry entry, with its method, path and tag', () => {
    const doc = buildOpenApiDocument();
    const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ key: `${m.toUpperCase()} ${p}`, op })));
    expect(operations.map((o) => o.key).sort()).toEqual(API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
    expect(doc.paths['/api/v1/bookings'].post?.tags).toEqual(['bookings']);
  });

  it('lists every error code of each route under the status the API answers it with', () => {
    const doc = buildOpenApiDocument();
    for (const op of API_OPERATIONS) {
      const documented = doc.paths[op.path][op.method.toLowerCase() as 'get']!.responses;
      for (const code of errorCodesOf(op)) {
        expect(documented[String(statusOf(code))]?.['x-error-codes'], `${op.id}: ${code}`).toContain(code);
      }
    }
    const pledge = doc.paths['/api/v1/campaigns/{id}/pledges'].post!.responses;
    expect(pledge['409']['x-error-codes']).toEqual(expect.arrayContaining(['CAMPAIGN_NOT_LIVE', 'TIER_SOLD_OUT', 'IDEMPOTENCY_KEY_REUSED']));
    expect(pledge['401']['x-error-codes']).toEqual(['UNAUTHENTICATED', 'TOKEN_MALFORMED', 'TOKEN_INVALID']);
    expect(pledge['402']['x-error-codes']).toEqual(['PAYMENT_DECLINED']);
    // A public route without a token asks for no credentials and cannot answer 401.
    expect(doc.paths['/api/v1/events'].get!.security).toEqual([]);
    expect(doc.paths['/api/v1/events'].get!.responses['401']).toBeUndefined();
  });

  it('tells which routes are public, which take a token and which also take the session cookie', () => {
    const doc = buildOpenApiDocument();
    expect(doc.paths['/api/v1/me'].get!.security).toEqual([{ bearerToken: [] }]);
    expect(doc.paths['/api/v1/projects'].get!.security).toEqual([{}, { bearerToken: [] }]);
    expect(doc.paths['/api/v1/events/{id}/registrations'].post!.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });

  it('describes request bodies and query parameters from the schemas the handlers parse with', () => {
    const doc = buildOpenApiDocument();
    const body = doc.paths['/api/v1/bookings'].post!.requestBody!;
    expect(body.required).toBe(true);
    const schema = body.content['application/json'].schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(bookingCreateSchema.shape).sort());
    expect(schema.required.sort()).toEqual(['durationMinutes', 'resourceId', 'startsAt']);
    expect(schema.properties.startsAt).toEqual({ type: 'string', format: 'date-time' });
    expect(API.createBooking.body).toBe(bookingCreateSchema);

    const query = doc.paths['/api/v1/campaigns'].get!.parameters!.filter((p) => p.in === 'query');
    expect(query.map((p) => p.name)).toEqual(Object.keys(API.listCampaigns.query.shape));
    expect(query.find((p) => p.name === 'sort')?.schema).toMatchObject({ enum: ['trending', 'funded', 'newest', 'ending'] });
    expect(doc.paths['/api/v1/campaigns/{id}/pledges'].post!.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true }), expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true })]),
    );
    // The event registration body may be left out.
    expect(doc.paths['/api/v1/events/{id}/registrations'].post!.requestBody!.required).toBe(false);
  });

  it('answers a documented error, never a 500, for an over-long campaign search', async () => {
    const res = await campaignsRoute(new NextRequest(`http://localhost/api/v1/campaigns?q=${'长'.repeat(61)}`), noParams);
    expect(res.status).toBe(400);
    const body = z.object({ error: z.object({ code: z.string(), fields: z.record(z.string(), z.array(z.string())) }) }).parse(await res.json());
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields)).toEqual(['q']);
    expect(errorCodesOf(API.listCampaigns)).toContain('VALIDATION_FAILED');
  });

  it('answers an unauthenticated call with a code its entry documents', async () => {
    const res = await bookingsRoute(new NextRequest('http://localhost/api/v1/bookings', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), noParams);
    expect(res.status).toBe(401);
    expect(errorCodesOf(API.createBooking)).toContain(((await res.json()) as { error: { code: string } }).error.code);
  });
});

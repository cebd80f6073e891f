import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { GET as getMe } from '@/app/api/v1/me/route';
import { GET as listProjects } from '@/app/api/v1/projects/route';
import { GET as getProject } from '@/app/api/v1/projects/[id]/route';
import { GET as listCampaigns } from '@/app/api/v1/campaigns/route';
import { GET as getCampaign } from '@/app/api/v1/campaigns/[id]/route';
import { POST as createPledge } from '@/app/api/v1/campaigns/[id]/pledges/route';
import { DELETE as cancelPledge } from '@/app/api/v1/pledges/[id]/route';
import { GET as listEvents } from '@/app/api/v1/events/route';
import { POST as registerForEvent } from '@/app/api/v1/events/[id]/registrations/route';
import { GET as listTasks } from '@/app/api/v1/tasks/route';
import { POST as applyToTask } from '@/app/api/v1/tasks/[id]/applications/route';
import { GET as listResources } from '@/app/api/v1/resources/route';
import { GET as getAvailability } from '@/app/api/v1/resources/[id]/availability/route';
import { GET as listBookings, POST as createBooking } from '@/app/api/v1/bookings/route';
import { POST as cancelBooking } from '@/app/api/v1/bookings/[id]/cancel/route';
import { createApiToken } from '@/lib/api-tokens/service';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { API, type ApiOperation } from '@/lib/api/registry';
import type { SessionUser } from '@/lib/users/queries';
import { createCampaign, createEvent, createProject, createResource, createTask, createUser } from '../factories';

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'contract' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}

function request(path: string, auth: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: auth, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}
const ctx = (id?: string) => ({ params: Promise.resolve(id ? { id } : {}) }) as never;

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** Keys of the body that the document's schema does not name (zod objects let extra keys pass). */
function undocumentedKeys(value: unknown, schema: JsonSchema, at = ''): string[] {
  if (schema.anyOf) {
    const tries = schema.anyOf.map((s) => undocumentedKeys(value, s, at));
    return tries.find((t) => t.length === 0) ?? tries[0];
  }
  if (Array.isArray(value)) return schema.items ? value.flatMap((v, i) => undocumentedKeys(v, schema.items!, `${at}[${i}]`)) : [];
  if (value === null || typeof value !== 'object' || !schema.properties) return [];
  return Object.entries(value).flatMap(([k, v]) => (schema.properties![k] ? undocumentedKeys(v, schema.properties![k], `${at}.${k}`) : [`${at}.${k}`]));
}

const doc = buildOpenApiDocument();

/**
 * The answer's status and body: the body parses with the registry's schema for that status, and
 * carries no key that the published document leaves out.
 */
async function expectDocumented(res: Response, op: ApiOperation, status: 200 | 201) {
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  const parsed = (op.responses[status] as z.ZodType).safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues, `body of a ${status}`).toEqual([]);
  const published = doc.paths[op.path][op.method.toLowerCase() as 'get']!.responses[String(status)].content!['application/json'].schema;
  expect(undocumentedKeys(body, published as JsonSchema), `${op.method} ${op.path}: keys missing from the document`).toEqual([]);
  return body as Record<string, unknown>;
}

describe('the API answers with the shapes its OpenAPI document promises', () => {
  it('fits every read and write of a member to the response schema of its registry entry', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const auth = await bearer(member);
    const project = await createProject(owner);
    const campaign = await createCampaign(owner, { tiers: [{ title: '早鸟', amountFen: 5_000, quantity: 10 }] });
    const event = await createEvent(owner);
    const task = await createTask(owner);
    const resource = await createResource({ noticeMinutes: 0 });

    await expectDocumented(await getMe(request('/api/v1/me', auth), ctx()), API.getMe, 200);
    const projects = await expectDocumented(await listProjects(request('/api/v1/projects', auth), ctx()), API.listProjects, 200);
    expect((projects.items as unknown[]).length).toBeGreaterThan(0);
    await expectDocumented(await getProject(request(`/api/v1/projects/${project.id}`, auth), ctx(project.id)), API.getProject, 200);
    await expectDocumented(await listCampaigns(request('/api/v1/campaigns', auth), ctx()), API.listCampaigns, 200);
    await expectDocumented(await getCampaign(request(`/api/v1/campaigns/${campaign.id}`, auth), ctx(campaign.id)), API.getCampaign, 200);

    const pledgeInit = { method: 'POST', body: { amountFen: 5_000, tierId: campaign.tiers[0].id }, headers: { 'idempotency-key': `contract-${member.id}` } };
    const pledge = await expectDocumented(await createPledge(request(`/api/v1/campaigns/${campaign.id}/pledges`, auth, pledgeInit), ctx(campaign.id)), API.createPledge, 201);
    await expectDocumented(await createPledge(request(`/api/v1/campaigns/${campaign.id}/pledges`, auth, pledgeInit), ctx(campaign.id)), API.createPledge, 200);
    const pledgeId = String(pledge.id);
    await expectDocumented(await cancelPledge(request(`/api/v1/pledges/${pledgeId}`, auth, { method: 'DELETE' }), ctx(pledgeId)), API.cancelPledge, 200);

    await expectDocumented(await listEvents(request('/api/v1/events', auth), ctx()), API.listEvents, 200);
    await expectDocumented(await registerForEvent(request(`/api/v1/events/${event.id}/registrations`, auth, { method: 'POST' }), ctx(event.id)), API.registerForEvent, 201);
    await expectDocumented(await listTasks(request('/api/v1/tasks', auth), ctx()), API.listTasks, 200);
    await expectDocumented(await applyToTask(request(`/api/v1/tasks/${task.id}/applications`, auth, { method: 'POST', body: { note: '我来' } }), ctx(task.id)), API.applyToTask, 201);

    await expectDocumented(await listResources(request('/api/v1/resources', auth), ctx()), API.listResources, 200);
    const from = new Date(Date.now() + 86_400_000);
    const to = new Date(from.getTime() + 3 * 86_400_000);
    const availability = (await expectDocumented(
      await getAvailability(request(`/api/v1/resources/${resource.id}/availability?from=${from.toISOString()}&to=${to.toISOString()}`, auth), ctx(resource.id)),
      API.getResourceAvailability,
      200,
    )) as { free: { startsAt: string; endsAt: string }[] };
    // Free time starts at `from` when that falls inside opening hours: book the first half hour on
    // the booking grid, so the test does not depend on the time of day it runs at.
    const HALF_HOUR = 30 * 60_000;
    const slot = availability.free
      .map((f) => ({ start: Math.ceil(Date.parse(f.startsAt) / HALF_HOUR) * HALF_HOUR, end: Date.parse(f.endsAt) }))
      .find((f) => f.start + HALF_HOUR <= f.end);
    expect(slot).toBeDefined();
    const booking = await expectDocumented(
      await createBooking(request('/api/v1/bookings', auth, { method: 'POST', body: { resourceId: resource.id, startsAt: new Date(slot!.start).toISOString(), durationMinutes: 30 } }), ctx()),
      API.createBooking,
      201,
    );
    const bookings = await expectDocumented(await listBookings(request('/api/v1/bookings', auth), ctx()), API.listBookings, 200);
    expect((bookings.items as { id: string }[]).map((b) => b.id)).toEqual([booking.id]);
    await expectDocumented(
      await cancelBooking(request(`/api/v1/bookings/${String(booking.id)}/cancel`, auth, { method: 'POST', body: { reason: '改期' } }), ctx(String(booking.id))),
      API.cancelBooking,
      200,
    );
  });
});

import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/service';
import { GET as listRoute } from '@/app/api/v1/events/route';
import { POST as registerRoute } from '@/app/api/v1/events/[id]/registrations/route';
import type { SessionUser } from '@/lib/users/queries';
import { createEvent, createSpace, createUser } from '../factories';

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'test' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}

const none = { params: Promise.resolve({}) };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function post(id: string, auth: string | null, body?: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost/api/v1/events/${id}/registrations`, {
    method: 'POST',
    headers: { ...(auth ? { authorization: auth } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body } : {}),
  });
}

describe('events API', () => {
  it('pages through upcoming published events soonest first, never repeating or skipping', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const space = await createSpace({ timeZone: 'Asia/Shanghai' });
    const base = Date.now() + 3 * 86_400_000;
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) mine.push((await createEvent(operator, { spaceId: space.id, startsAt: new Date(base + i * 3_600_000), kind: 'HACKATHON' })).id);
    const hidden = [
      (await createEvent(operator, { spaceId: space.id, status: 'DRAFT', kind: 'HACKATHON' })).id,
      (await createEvent(operator, { spaceId: space.id, status: 'CANCELLED', kind: 'HACKATHON' })).id,
      (await createEvent(operator, { spaceId: space.id, startsAt: new Date(Date.now() - 86_400_000), kind: 'HACKATHON' })).id,
    ];

    const seen: string[] = [];
    const starts: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await listRoute(new NextRequest(`http://localhost/api/v1/events?kind=HACKATHON&limit=2${cursor ? `&cursor=${cursor}` : ''}`), none);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string; startsAt: string; kind: string; seatsLeft: number | null; timeZone: string }[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      for (const item of body.items) {
        expect(item.kind).toBe('HACKATHON');
        seen.push(item.id);
        starts.push(Date.parse(item.startsAt));
      }
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...starts]).toEqual([...starts].sort((a, b) => a - b));
    expect(seen.filter((id) => mine.includes(id))).toEqual(mine);
    for (const id of hidden) expect(seen).not.toContain(id);

    const first = await (await listRoute(new NextRequest(`http://localhost/api/v1/events?kind=HACKATHON&limit=100`), none)).json();
    const item = first.items.find((i: { id: string }) => i.id === mine[0]);
    expect(item).toMatchObject({ seatsLeft: 20, capacity: 20, timeZone: 'Asia/Shanghai', status: 'PUBLISHED' });
    expect(item.startsAt).toMatch(/\+08:00$/);
  });

  it('falls back to defaults on bad filters and cursors, never a 500', async () => {
    const res = await listRoute(new NextRequest('http://localhost/api/v1/events?limit=abc&kind=COOKING&cursor=nope'), none);
    // Bad filters fall back to defaults, like the other browse APIs.
    expect(res.status).toBe(200);
    expect((await res.json()).items).toBeInstanceOf(Array);
  });

  it('registers with 201, then answers 409 ALREADY_REGISTERED and EVENT_FULL with stable codes', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { capacity: 1 });
    const a = await createUser();
    const b = await createUser();
    const tokenA = await bearer(a);

    const created = await registerRoute(post(event.id, tokenA, '{}'), ctx(event.id));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ registration: { id: expect.any(String), eventId: event.id, status: 'REGISTERED' } });

    const again = await registerRoute(post(event.id, tokenA), ctx(event.id));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('ALREADY_REGISTERED');

    const full = await registerRoute(post(event.id, await bearer(b), undefined, { 'accept-language': 'en' }), ctx(event.id));
    expect(full.status).toBe(409);
    expect(await full.json()).toEqual({ error: { code: 'EVENT_FULL', message: 'All seats are taken.' } });
  });

  it('answers bad requests with JSON errors: no token, a bad token, malformed JSON, an unknown event', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator);
    const token = await bearer(await createUser());
    expect((await registerRoute(post(event.id, 'Bearer zcs_nope'), ctx(event.id))).status).toBe(401);
    const malformed = await registerRoute(post(event.id, token, '{"oops"'), ctx(event.id));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('MALFORMED_JSON');
    const wrongType = await registerRoute(post(event.id, token, 'hello', { 'content-type': 'text/plain' }), ctx(event.id));
    expect(wrongType.status).toBe(415);
    const missing = await registerRoute(post('no-such-event', token), ctx('no-such-event'));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    const draft = await createEvent(operator, { status: 'DRAFT' });
    expect((await registerRoute(post(draft.id, token), ctx(draft.id))).status).toBe(404);
  });
});

import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { findMyNextThings } from '@/lib/home/next-queries';
import { GET } from '@/app/api/me/next/route';
import type { SessionUser } from '@/lib/users/queries';
import { createEvent, createProject, createResource, createTask, createUser } from '../factories';

const HOUR = 3_600_000;
const ctx = { params: Promise.resolve({}) } as never;

/** One member's next things, each kind written straight to the database. */
async function seedMember(name: string, offsetHours: number) {
  const member = await createUser({ roles: ['ENTREPRENEUR'], name });
  const mentor = await createUser({ roles: ['MENTOR'], name: `${name}的导师` });
  const operator = await createUser({ roles: ['OPERATOR'] });
  const resource = await createResource({ name: `${name}的会议室` });
  const start = new Date(Date.now() + (24 + offsetHours) * HOUR);
  const end = new Date(start.getTime() + HOUR);
  const booking = await db.booking.create({ data: { resourceId: resource.id, userId: member.id, startsAt: start, endsAt: end, blockedUntil: end }, select: { id: true } });
  const project = await createProject(member, { name: `${name}的项目` });
  const mentorship = await db.mentorship.create({ data: { mentorId: mentor.id, projectId: project.id, requestedById: member.id, status: 'ACTIVE' }, select: { id: true } });
  const session = await db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: member.id, startsAt: start, endsAt: end }, select: { id: true } });
  const event = await createEvent(operator, { title: `${name}的活动` });
  await db.eventRegistration.create({ data: { eventId: event.id, userId: member.id } });
  const task = await createTask(operator, { title: `${name}的任务` });
  await db.taskAssignment.create({ data: { taskId: task.id, userId: member.id } });
  await db.notification.createMany({ data: [{ userId: member.id, kind: 'test' }, { userId: member.id, kind: 'test', readAt: new Date() }] });
  return { member, mentor, ids: { booking: booking.id, session: session.id, event: event.id, task: task.id } };
}

async function tokenOf(user: SessionUser) {
  const token = await createApiToken(user, { name: 'home' });
  if (!token.ok) throw new Error('no token');
  return token.data.token;
}

async function call(token?: string) {
  const res = await GET(new NextRequest('http://localhost/api/me/next', { headers: token ? { authorization: `Bearer ${token}` } : {} }), ctx);
  return { status: res.status, cache: res.headers.get('cache-control'), body: await res.text() };
}

let a: Awaited<ReturnType<typeof seedMember>>;
let b: Awaited<ReturnType<typeof seedMember>>;

beforeAll(async () => {
  a = await seedMember(`甲${Date.now()}`, 0);
  b = await seedMember(`乙${Date.now()}`, 2);
});

describe("a member's next things on the home page", () => {
  it('lists the member their own next booking, session, event, open task and unread count', async () => {
    const next = await findMyNextThings(a.member);
    expect(next?.booking?.id).toBe(a.ids.booking);
    expect(next?.session?.id).toBe(a.ids.session);
    expect(next?.session?.withName).toBe(a.mentor.name);
    expect(next?.event?.id).toBe(a.ids.event);
    expect(next?.tasks).toMatchObject({ count: 1, items: [{ id: a.ids.task }] });
    expect(next?.unread).toBe(1);
  });

  it("returns through the route nothing of another member's, and is never cached", async () => {
    const res = await call(await tokenOf(a.member));
    expect(res.status).toBe(200);
    expect(res.cache).toContain('no-store');
    for (const id of Object.values(a.ids)) expect(res.body).toContain(id);
    for (const id of Object.values(b.ids)) expect(res.body).not.toContain(id);
    expect(res.body).not.toContain(b.member.name);
    const other = await call(await tokenOf(b.member));
    for (const id of Object.values(a.ids)) expect(other.body).not.toContain(id);
    for (const id of Object.values(b.ids)) expect(other.body).toContain(id);
  });

  it('shows the mentor the session they give, under the project they mentor', async () => {
    const next = await findMyNextThings(a.mentor);
    expect(next?.session).toMatchObject({ id: a.ids.session, withName: expect.stringContaining('的项目') });
    expect(next?.booking).toBeNull();
    expect(next?.tasks.count).toBe(0);
  });

  it('gives a visitor nothing at all', async () => {
    expect(await findMyNextThings(null)).toBeNull();
    const res = await call();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ next: null });
  });

  it('refuses a made-up token instead of answering as a visitor', async () => {
    const res = await call('zcs_not-a-real-token');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: expect.any(String) } });
  });

  it('leaves out what is cancelled, over or done', async () => {
    const c = await seedMember(`丙${Date.now()}`, 4);
    await db.booking.update({ where: { id: c.ids.booking }, data: { status: 'CANCELLED' } });
    await db.mentoringSession.update({ where: { id: c.ids.session }, data: { status: 'CANCELLED' } });
    await db.eventRegistration.updateMany({ where: { userId: c.member.id }, data: { status: 'CANCELLED' } });
    await db.taskAssignment.updateMany({ where: { userId: c.member.id }, data: { status: 'COMPLETED' } });
    await db.notification.updateMany({ where: { userId: c.member.id }, data: { readAt: new Date() } });
    expect(await findMyNextThings(c.member)).toEqual({ booking: null, session: null, event: null, tasks: { count: 0, items: [] }, unread: 0 });
  });
});

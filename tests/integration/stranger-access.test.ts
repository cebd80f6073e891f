import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { cancelBooking, checkIn, createBooking } from '@/lib/bookings/service';
import { getMyBooking } from '@/lib/bookings/queries';
import { zonedInstant } from '@/lib/bookings/time';
import {
  addMilestone,
  cancelInvitation,
  deleteMilestone,
  inviteMember,
  leaveProject,
  removeMember,
  setFollowing,
  toggleMilestone,
  transferOwnership,
  updateProject,
} from '@/lib/projects/service';
import { addGalleryImage, replaceImage } from '@/lib/media/service';
import { findProject, findProjectForTeam } from '@/lib/projects/queries';
import { addCampaignUpdate, addComment, answerComment, cancelCampaign, createCampaign as createCampaignService, setWatching, submitCampaign, updateCampaign } from '@/lib/campaigns/service';
import { findCampaign, findCampaignForOwner } from '@/lib/campaigns/queries';
import { cancelPledge, createPledge } from '@/lib/pledges/service';
import { requestIntroduction, respondToIntroduction } from '@/lib/investors/service';
import { bookSession, cancelSession, endMentorship, rateSession, removeOfficeHour, requestMentorship, respondToMentorship, writeSessionNote } from '@/lib/mentoring/service';
import { saveApplication, submitApplication, withdrawApplication } from '@/lib/admissions/service';
import { listApplicationsForOwner } from '@/lib/admissions/queries';
import { registerForEvent } from '@/lib/events/service';
import { findEvent } from '@/lib/events/queries';
import { GET as projectRoute } from '@/app/api/v1/projects/[id]/route';
import { GET as applicationsRoute } from '@/app/api/v1/projects/[id]/applications/route';
import { GET as campaignRoute } from '@/app/api/v1/campaigns/[id]/route';
import { POST as pledgeRoute } from '@/app/api/v1/campaigns/[id]/pledges/route';
import { DELETE as cancelPledgeRoute } from '@/app/api/v1/pledges/[id]/route';
import { POST as cancelBookingRoute } from '@/app/api/v1/bookings/[id]/cancel/route';
import type { SessionUser } from '@/lib/users/queries';
import { createCampaign, createEvent, createOpenRound, createResource, createUser, uniqueEmail } from '../factories';

/**
 * "Not yours is not found": a stranger (who holds every role but OPERATOR, so no role gate
 * stops them first) tries each read and write on a private project's things. Each answers
 * NOT_FOUND, for the real id exactly as for an id that does not exist, and nothing changes.
 */
const NOW = new Date('2030-01-07T00:00:00Z');
const MISSING = 'does-not-exist-0000000000';

type Fixture = {
  owner: SessionUser;
  teammate: SessionUser;
  stranger: SessionUser;
  strangerToken: string;
  projectId: string;
  campaignId: string;
  commentId: string;
  pledgeId: string;
  bookingId: string;
  resourceId: string;
  invitationId: string;
  milestoneId: string;
  introductionId: string;
  mentorshipId: string;
  sessionId: string;
  officeHourId: string;
  roundId: string;
  applicationId: string;
  draftEventId: string;
  snapshot: () => Promise<unknown>;
};
let f: Fixture;

beforeAll(async () => {
  const [owner, teammate, stranger, mentor, investor, operator] = await Promise.all([
    createUser({ roles: ['ENTREPRENEUR'] }),
    createUser(),
    createUser({ roles: ['ENTREPRENEUR', 'MENTOR', 'INVESTOR'] }),
    createUser({ roles: ['MENTOR'] }),
    createUser({ roles: ['INVESTOR'] }),
    createUser({ roles: ['OPERATOR'] }),
  ]);
  const campaign = await createCampaign(owner);
  const projectId = campaign.projectId;
  await db.project.update({ where: { id: projectId }, data: { visibility: 'PRIVATE' } });
  await db.projectMember.create({ data: { projectId, userId: teammate.id, role: 'MEMBER' } });
  const resource = await createResource();
  const [comment, pledge, booking, invitation, milestone, introduction, mentorship, officeHour, round, draftEvent] = await Promise.all([
    db.campaignComment.create({ data: { campaignId: campaign.id, authorId: teammate.id, body: '问题' } }),
    db.pledge.create({ data: { campaignId: campaign.id, backerId: teammate.id, amountFen: 10_000, idempotencyKey: `fixture-${campaign.id}`, authorizationId: `auth-${campaign.id}`.slice(0, 40) } }),
    db.booking.create({ data: { resourceId: resource.id, userId: owner.id, projectId, startsAt: zonedInstant('2030-01-08', '10:00', 'Asia/Shanghai'), endsAt: zonedInstant('2030-01-08', '11:00', 'Asia/Shanghai'), blockedUntil: zonedInstant('2030-01-08', '11:00', 'Asia/Shanghai') } }),
    db.projectInvitation.create({ data: { projectId, email: uniqueEmail('invitee'), invitedById: owner.id } }),
    db.milestone.create({ data: { projectId, title: '样机', dueOn: new Date('2030-03-01T00:00:00Z') } }),
    db.introductionRequest.create({ data: { investorId: investor.id, projectId, ticketFen: 1_000_000 } }),
    db.mentorship.create({ data: { mentorId: mentor.id, projectId, requestedById: owner.id, status: 'ACTIVE' } }),
    db.officeHour.create({ data: { mentorId: mentor.id, weekday: 3, startMinute: 600, endMinute: 720 } }),
    createOpenRound(),
    createEvent(operator, { status: 'DRAFT' }),
  ]);
  const [session, application] = await Promise.all([
    db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: owner.id, startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) } }),
    db.application.create({ data: { roundId: round.id, projectId, status: 'DRAFT', answers: ['草稿'], submittedById: owner.id } }),
  ]);
  const token = await createApiToken(stranger, { name: 'stranger' });
  if (!token.ok) throw new Error(token.code);
  const snapshot = () =>
    Promise.all([
      db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, logoKey: true, visibility: true, members: { orderBy: { userId: 'asc' }, select: { userId: true, role: true } } } }),
      db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { status: true, title: true, raisedFen: true } }),
      db.campaignComment.findMany({ where: { campaignId: campaign.id }, orderBy: { id: 'asc' }, select: { id: true, answer: true } }),
      db.campaignUpdate.count({ where: { campaignId: campaign.id } }),
      db.campaignWatch.count({ where: { campaignId: campaign.id } }),
      db.pledge.findMany({ where: { campaignId: campaign.id }, orderBy: { id: 'asc' }, select: { id: true, status: true } }),
      db.booking.findMany({ where: { resourceId: resource.id }, orderBy: { id: 'asc' }, select: { id: true, status: true, projectId: true } }),
      db.projectInvitation.findMany({ where: { projectId }, orderBy: { id: 'asc' }, select: { id: true, status: true } }),
      db.milestone.findMany({ where: { projectId }, orderBy: { id: 'asc' }, select: { id: true, done: true } }),
      db.projectFollow.count({ where: { projectId } }),
      db.introductionRequest.findMany({ where: { projectId }, orderBy: { id: 'asc' }, select: { id: true, status: true } }),
      db.mentorship.findMany({ where: { projectId }, orderBy: { id: 'asc' }, select: { id: true, status: true } }),
      db.mentoringSession.findMany({ where: { mentorshipId: mentorship.id }, orderBy: { id: 'asc' }, select: { id: true, status: true, mentorNote: true, menteeNote: true, rating: true } }),
      db.officeHour.count({ where: { mentorId: mentor.id } }),
      db.application.findMany({ where: { projectId }, orderBy: { id: 'asc' }, select: { id: true, status: true, answers: true } }),
      db.eventRegistration.count({ where: { eventId: draftEvent.id } }),
    ]);
  f = {
    owner,
    teammate,
    stranger,
    strangerToken: `Bearer ${token.data.token}`,
    projectId,
    campaignId: campaign.id,
    commentId: comment.id,
    pledgeId: pledge.id,
    bookingId: booking.id,
    resourceId: resource.id,
    invitationId: invitation.id,
    milestoneId: milestone.id,
    introductionId: introduction.id,
    mentorshipId: mentorship.id,
    sessionId: session.id,
    officeHourId: officeHour.id,
    roundId: round.id,
    applicationId: application.id,
    draftEventId: draftEvent.id,
    snapshot,
  };
});

const campaignInput = (projectId: string) => ({ projectId, title: '偷偷众筹', story: '故事', goal: 100_000, minPledge: 100, durationDays: 30, startsAt: null, faq: '', tiers: [] }) as never;
const projectInput = { name: '改名', pitch: '改', description: '', sectors: [], stage: 'IDEA', organization: '', location: '', links: [], needs: [], visibility: 'PUBLIC' } as never;

/** Each write: which fixture id it targets, and the call with that id (or a missing one). */
const WRITES: [string, (x: Fixture) => string, (id: string, x: Fixture) => Promise<unknown>][] = [
  ['cancel a booking', (x) => x.bookingId, (id, x) => cancelBooking(x.stranger, { bookingId: id, reason: '抢占' }, NOW)],
  ['check in to a booking', (x) => x.bookingId, (id, x) => checkIn(x.stranger, { bookingId: id }, NOW)],
  ['book for the project', (x) => x.projectId, (id, x) => createBooking(x.stranger, { resourceId: x.resourceId, startsAt: zonedInstant('2030-01-08', '14:00', 'Asia/Shanghai'), durationMinutes: 60, projectId: id }, NOW)],
  ['edit the project', (x) => x.projectId, (id, x) => updateProject(x.stranger, id, projectInput)],
  ['change the logo', (x) => x.projectId, (id, x) => replaceImage(x.stranger, 'projectLogo', id, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['change the cover', (x) => x.projectId, (id, x) => replaceImage(x.stranger, 'projectCover', id, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['add a gallery picture', (x) => x.projectId, (id, x) => addGalleryImage(x.stranger, 'PROJECT', id, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['invite a member', (x) => x.projectId, (id, x) => inviteMember(x.stranger, { projectId: id, email: uniqueEmail('friend') })],
  ['cancel an invitation', (x) => x.invitationId, (id, x) => cancelInvitation(x.stranger, id)],
  ['take over the project', (x) => x.projectId, (id, x) => transferOwnership(x.stranger, { projectId: id, userId: x.stranger.id })],
  ['remove a member', (x) => x.projectId, (id, x) => removeMember(x.stranger, { projectId: id, userId: x.teammate.id })],
  ['leave the project', (x) => x.projectId, (id, x) => leaveProject(x.stranger, id)],
  ['add a milestone', (x) => x.projectId, (id, x) => addMilestone(x.stranger, { projectId: id, title: '假的', dueOn: '2030-02-01' })],
  ['tick a milestone', (x) => x.milestoneId, (id, x) => toggleMilestone(x.stranger, id)],
  ['delete a milestone', (x) => x.milestoneId, (id, x) => deleteMilestone(x.stranger, id)],
  ['follow the project', (x) => x.projectId, (id, x) => setFollowing(x.stranger, id, true)],
  ['start a campaign for the project', (x) => x.projectId, (id, x) => createCampaignService(x.stranger, campaignInput(id))],
  ['edit the campaign', (x) => x.campaignId, (id, x) => updateCampaign(x.stranger, id, campaignInput(x.projectId))],
  ['submit the campaign', (x) => x.campaignId, (id, x) => submitCampaign(x.stranger, id)],
  ['cancel the campaign', (x) => x.campaignId, (id, x) => cancelCampaign(x.stranger, id)],
  ['post a campaign update', (x) => x.campaignId, (id, x) => addCampaignUpdate(x.stranger, { campaignId: id, title: '更新', body: '内容' })],
  ['ask a question', (x) => x.campaignId, (id, x) => addComment(x.stranger, { campaignId: id, body: '问' })],
  ['answer a question', (x) => x.commentId, (id, x) => answerComment(x.stranger, { commentId: id, answer: '答' })],
  ['watch the campaign', (x) => x.campaignId, (id, x) => setWatching(x.stranger, id, true)],
  ['pledge', (x) => x.campaignId, (id, x) => createPledge(x.stranger, { campaignId: id, tierId: null, amountFen: 10_000, idempotencyKey: `stranger-${id}` })],
  ["cancel someone's pledge", (x) => x.pledgeId, (id, x) => cancelPledge(x.stranger, id)],
  ['ask for an introduction', (x) => x.projectId, (id, x) => requestIntroduction(x.stranger, { projectId: id, ticketFen: 100_000, message: '' })],
  ['answer an introduction', (x) => x.introductionId, (id, x) => respondToIntroduction(x.stranger, { requestId: id, accept: true })],
  ['ask a mentor for the project', (x) => x.projectId, (id, x) => requestMentorship(x.stranger, { mentorId: x.stranger.id, projectId: id, message: '' })],
  ['answer a mentorship request', (x) => x.mentorshipId, (id, x) => respondToMentorship(x.stranger, { mentorshipId: id, accept: true, message: '' })],
  ['end a mentorship', (x) => x.mentorshipId, (id, x) => endMentorship(x.stranger, id)],
  ['book a mentoring session', (x) => x.mentorshipId, (id, x) => bookSession(x.stranger, { mentorshipId: id, startsAt: '2030-01-09T10:00', minutes: 30, topic: '' })],
  ['cancel a mentoring session', (x) => x.sessionId, (id, x) => cancelSession(x.stranger, id)],
  ['write a session note', (x) => x.sessionId, (id, x) => writeSessionNote(x.stranger, { sessionId: id, note: '笔记' })],
  ['rate a session', (x) => x.sessionId, (id, x) => rateSession(x.stranger, { sessionId: id, rating: 1, feedback: '' })],
  ["remove a mentor's office hour", (x) => x.officeHourId, (id, x) => removeOfficeHour(x.stranger, id)],
  ['apply with the project', (x) => x.projectId, (id, x) => saveApplication(x.stranger, { roundId: x.roundId, projectId: id, answers: ['答'], submit: true })],
  ['submit an application', (x) => x.applicationId, (id, x) => submitApplication(x.stranger, id)],
  ['withdraw an application', (x) => x.applicationId, (id, x) => withdrawApplication(x.stranger, id)],
  ['register for a draft event', (x) => x.draftEventId, (id, x) => registerForEvent(x.stranger, id)],
];

const READS: [string, (x: Fixture) => string, (id: string, x: Fixture) => Promise<unknown>][] = [
  ['the project page', (x) => x.projectId, (id, x) => findProject(x.stranger, id)],
  ['the team page', (x) => x.projectId, (id, x) => findProjectForTeam(x.stranger, id)],
  ['the campaign page', (x) => x.campaignId, (id, x) => findCampaign(x.stranger, id)],
  ['the campaign edit form', (x) => x.campaignId, (id, x) => findCampaignForOwner(x.stranger, id)],
  ['a booking', (x) => x.bookingId, (id, x) => getMyBooking(x.stranger, id)],
  ["the team's applications", (x) => x.projectId, (id, x) => listApplicationsForOwner(x.stranger, id)],
  ['a draft event', (x) => x.draftEventId, (id, x) => findEvent(x.stranger, id)],
];

function request(method: string, path: string, auth: string, body?: unknown, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

const ROUTES: [string, (x: Fixture) => string, (id: string, x: Fixture) => Promise<Response>][] = [
  ['GET /api/v1/projects/:id', (x) => x.projectId, (id, x) => projectRoute(request('GET', `/api/v1/projects/${id}`, x.strangerToken), ctx(id))],
  ['GET /api/v1/projects/:id/applications', (x) => x.projectId, (id, x) => applicationsRoute(request('GET', `/api/v1/projects/${id}/applications`, x.strangerToken), ctx(id))],
  ['GET /api/v1/campaigns/:id', (x) => x.campaignId, (id, x) => campaignRoute(request('GET', `/api/v1/campaigns/${id}`, x.strangerToken), ctx(id))],
  [
    'POST /api/v1/campaigns/:id/pledges',
    (x) => x.campaignId,
    (id, x) => pledgeRoute(request('POST', `/api/v1/campaigns/${id}/pledges`, x.strangerToken, { amountFen: 10_000 }, { 'idempotency-key': `api-stranger-${id}` }), ctx(id)),
  ],
  ['DELETE /api/v1/pledges/:id', (x) => x.pledgeId, (id, x) => cancelPledgeRoute(request('DELETE', `/api/v1/pledges/${id}`, x.strangerToken), ctx(id))],
  ['POST /api/v1/bookings/:id/cancel', (x) => x.bookingId, (id, x) => cancelBookingRoute(request('POST', `/api/v1/bookings/${id}/cancel`, x.strangerToken, { reason: '抢占' }), ctx(id))],
];

describe("a stranger and a private project's things", () => {
  it.each(WRITES)('cannot %s: not found, as for an id that does not exist', async (_name, target, run) => {
    const before = await f.snapshot();
    const real = await run(target(f), f);
    const missing = await run(MISSING, f);
    expect(real).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((real as { message: string }).message).toBe((missing as { message: string }).message);
    expect(await f.snapshot()).toEqual(before);
  });

  it.each(READS)('cannot read %s: not found, as for an id that does not exist', async (_name, target, run) => {
    expect(await run(target(f), f)).toBeNull();
    expect(await run(MISSING, f)).toBeNull();
  });

  it.each(ROUTES)('gets 404 NOT_FOUND from %s, as for an id that does not exist', async (_name, target, run) => {
    const before = await f.snapshot();
    for (const id of [target(f), MISSING]) {
      const res = await run(id, f);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('NOT_FOUND');
    }
    expect(await f.snapshot()).toEqual(before);
  });
});

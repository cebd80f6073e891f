import { z } from 'zod';
import type { ErrorCode } from '@/lib/errors';
import { availabilitySchema, bookingCancelSchema, bookingCreateSchema, bookingListSchema, resourceFilterSchema } from '@/lib/bookings/schemas';
import { apiPledgeSchema, campaignSearchSchema, idempotencyKeySchema } from '@/lib/campaigns/schemas';
import { eventSearchSchema, registrationBodySchema } from '@/lib/events/schemas';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { roleRequestCreateSchema } from '@/lib/role-requests/schemas';
import { markReadSchema, notificationListSchema } from '@/lib/notifications/schemas';
import { applyBodySchema, submitWorkBodySchema, taskSearchSchema } from '@/lib/tasks/schemas';
import { consultationSearchSchema, proposalSchema, proposalSearchSchema } from '@/lib/participation/schemas';
import * as res from './responses';

/**
 * The one list of JSON API routes under app/api/v1. The OpenAPI document
 * (/api/v1/openapi.json), the reference page (/api-docs), the README's table and the route
 * handlers all read from here: a handler parses its query and body with the schemas of its
 * entry and answers through `respond()` with the entry's response schema.
 *
 * Adding a route: add one entry (its key is the operationId), add its summary under
 * `apiReference.operations.<key>` in both message catalogs, and read `API.<key>` in the
 * handler. tests/integration/openapi-registry.test.ts fails while a route file and the
 * registry disagree.
 *
 * `errors` lists what the route itself can answer (from its service and handler). The codes
 * every route of a kind shares are added by `errorCodesOf`: the bearer-token failures, the
 * body failures (415, 400 malformed, 400 invalid) and INTERNAL.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const satisfies readonly HttpMethod[];

/**
 * public: no credentials needed; `optionalToken` when a bearer token, if sent, is checked and
 * widens what the caller sees. token: `Authorization: Bearer zcs_…`. session: the signed-in
 * browser's cookie, writes only with this site's Origin (else 403 ORIGIN_MISMATCH). either: a
 * token or the session cookie.
 */
export type ApiAuth = 'public' | 'token' | 'session' | 'either';
export const API_TAGS = ['account', 'projects', 'campaigns', 'events', 'tasks', 'bookings', 'participation', 'reference'] as const;
export type ApiTag = (typeof API_TAGS)[number];

export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI path template: `/api/v1/projects/{id}`. */
  path: `/api/v1/${string}`;
  tag: ApiTag;
  auth: ApiAuth;
  optionalToken?: true;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** The body may be left out entirely (default: required when `body` is set). */
  bodyOptional?: true;
  /** Success answers by status. */
  responses: { 200?: z.ZodType; 201?: z.ZodType };
  errors: readonly ErrorCode[];
};

const idParams = z.object({ id: z.string().min(1).max(64) });
const idempotencyHeaders = z.object({
  'Idempotency-Key': idempotencyKeySchema.describe('8–64 characters, unique per intended pledge; a retry with the same key replays the first answer.'),
});
const notificationPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      subject: z.object({ type: z.string(), id: z.string() }).nullable(),
      data: z.record(z.string(), z.unknown()),
      link: z.string().nullable(),
      read: z.boolean(),
      readAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});
const documentSchema = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }).loose();

export const API = {
  getOpenApiDocument: {
    method: 'GET',
    path: '/api/v1/openapi.json',
    tag: 'reference',
    auth: 'public',
    responses: { 200: documentSchema },
    errors: [],
  },
  getMe: {
    method: 'GET',
    path: '/api/v1/me',
    tag: 'account',
    auth: 'token',
    responses: { 200: res.meResponseSchema },
    errors: [],
  },
  createRoleRequest: {
    method: 'POST',
    path: '/api/v1/me/role-requests',
    tag: 'account',
    auth: 'token',
    body: roleRequestCreateSchema,
    responses: { 201: res.roleRequestResponseSchema },
    errors: ['FORBIDDEN', 'ROLE_ALREADY_HELD', 'ROLE_REQUEST_PENDING'],
  },
  listProjects: {
    method: 'GET',
    path: '/api/v1/projects',
    tag: 'projects',
    auth: 'public',
    optionalToken: true,
    query: projectSearchSchema,
    responses: { 200: res.projectPageSchema },
    errors: ['VALIDATION_FAILED'],
  },
  getProject: {
    method: 'GET',
    path: '/api/v1/projects/{id}',
    tag: 'projects',
    auth: 'public',
    optionalToken: true,
    params: idParams,
    responses: { 200: res.projectDetailSchema },
    errors: ['NOT_FOUND'],
  },
  listProjectApplications: {
    method: 'GET',
    path: '/api/v1/projects/{id}/applications',
    tag: 'projects',
    auth: 'token',
    params: idParams,
    responses: { 200: res.applicationPageSchema },
    errors: ['NOT_FOUND'],
  },
  listCampaigns: {
    method: 'GET',
    path: '/api/v1/campaigns',
    tag: 'campaigns',
    auth: 'public',
    optionalToken: true,
    query: campaignSearchSchema,
    responses: { 200: res.campaignPageSchema },
    errors: ['VALIDATION_FAILED'],
  },
  getCampaign: {
    method: 'GET',
    path: '/api/v1/campaigns/{id}',
    tag: 'campaigns',
    auth: 'public',
    optionalToken: true,
    params: idParams,
    responses: { 200: res.campaignDetailSchema },
    errors: ['NOT_FOUND'],
  },
  createPledge: {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/pledges',
    tag: 'campaigns',
    auth: 'token',
    params: idParams,
    headers: idempotencyHeaders,
    body: apiPledgeSchema,
    responses: { 200: res.pledgeResponseSchema, 201: res.pledgeResponseSchema },
    errors: [
      'IDEMPOTENCY_KEY_REQUIRED',
      'IDEMPOTENCY_KEY_REUSED',
      'NOT_FOUND',
      'CAMPAIGN_NOT_LIVE',
      'TIER_NOT_FOUND',
      'BELOW_MINIMUM',
      'BELOW_TIER_AMOUNT',
      'TIER_SOLD_OUT',
      'SHIPPING_ADDRESS_REQUIRED',
      'PAYMENT_METHOD_UNAVAILABLE',
      'PAYMENT_DECLINED',
    ],
  },
  cancelPledge: {
    method: 'DELETE',
    path: '/api/v1/pledges/{id}',
    tag: 'campaigns',
    auth: 'token',
    params: idParams,
    responses: { 200: res.pledgeCancelledSchema },
    errors: ['NOT_FOUND', 'CAMPAIGN_NOT_LIVE', 'STATE_CHANGED'],
  },
  listEvents: {
    method: 'GET',
    path: '/api/v1/events',
    tag: 'events',
    auth: 'public',
    query: eventSearchSchema,
    responses: { 200: res.eventPageSchema },
    errors: [],
  },
  registerForEvent: {
    method: 'POST',
    path: '/api/v1/events/{id}/registrations',
    tag: 'events',
    auth: 'either',
    params: idParams,
    body: registrationBodySchema,
    bodyOptional: true,
    responses: { 201: res.registrationResponseSchema },
    errors: ['FORBIDDEN', 'ORIGIN_MISMATCH', 'NOT_FOUND', 'ALREADY_REGISTERED', 'ALREADY_WAITLISTED', 'EVENT_FULL', 'EVENT_CANCELLED', 'REGISTRATION_CLOSED'],
  },
  listTasks: {
    method: 'GET',
    path: '/api/v1/tasks',
    tag: 'tasks',
    auth: 'public',
    optionalToken: true,
    query: taskSearchSchema,
    responses: { 200: res.taskPageSchema },
    errors: [],
  },
  applyToTask: {
    method: 'POST',
    path: '/api/v1/tasks/{id}/applications',
    tag: 'tasks',
    auth: 'token',
    params: idParams,
    body: applyBodySchema,
    responses: { 201: res.taskApplicationResponseSchema },
    errors: ['FORBIDDEN', 'NOT_FOUND', 'OWN_TASK', 'TEAM_MEMBER_TASK', 'TASK_NOT_OPEN', 'SLOTS_FULL', 'ALREADY_APPLIED', 'ALREADY_ASSIGNED'],
  },
  submitTaskWork: {
    method: 'POST',
    path: '/api/v1/tasks/{id}/submissions',
    tag: 'tasks',
    auth: 'token',
    params: idParams,
    body: submitWorkBodySchema,
    responses: { 201: res.submissionResponseSchema },
    errors: ['FORBIDDEN', 'NOT_ASSIGNED', 'TASK_NOT_OPEN', 'STATE_CHANGED'],
  },
  listResources: {
    method: 'GET',
    path: '/api/v1/resources',
    tag: 'bookings',
    auth: 'token',
    query: resourceFilterSchema,
    responses: { 200: res.resourceListSchema },
    errors: [],
  },
  getResourceAvailability: {
    method: 'GET',
    path: '/api/v1/resources/{id}/availability',
    tag: 'bookings',
    auth: 'token',
    params: idParams,
    query: availabilitySchema,
    responses: { 200: res.availabilityResponseSchema },
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  },
  listBookings: {
    method: 'GET',
    path: '/api/v1/bookings',
    tag: 'bookings',
    auth: 'token',
    query: bookingListSchema,
    responses: { 200: res.bookingPageSchema },
    errors: ['VALIDATION_FAILED'],
  },
  createBooking: {
    method: 'POST',
    path: '/api/v1/bookings',
    tag: 'bookings',
    auth: 'token',
    body: bookingCreateSchema,
    responses: { 201: res.bookingCreatedSchema },
    errors: [
      'NOT_FOUND',
      'SLOT_TAKEN',
      'RESOURCE_INACTIVE',
      'INVALID_RANGE',
      'IN_PAST',
      'NOT_ALIGNED',
      'TOO_SHORT',
      'TOO_LONG',
      'TOO_LITTLE_NOTICE',
      'BEYOND_HORIZON',
      'SPACE_CLOSED',
      'OUTSIDE_OPENING_HOURS',
      'UNDER_MAINTENANCE',
      'CERTIFICATION_REQUIRED',
      'QUOTA_EXCEEDED',
    ],
  },
  cancelBooking: {
    method: 'POST',
    path: '/api/v1/bookings/{id}/cancel',
    tag: 'bookings',
    auth: 'token',
    params: idParams,
    body: bookingCancelSchema.pick({ reason: true }),
    responses: { 200: res.bookingCancelledSchema },
    errors: ['NOT_FOUND', 'STATE_CHANGED'],
  },
  listNotifications: {
    method: 'GET',
    path: '/api/v1/notifications',
    tag: 'account',
    auth: 'either',
    query: notificationListSchema,
    responses: { 200: notificationPageSchema },
    errors: [],
  },
  markNotificationsRead: {
    method: 'POST',
    path: '/api/v1/notifications/read',
    tag: 'account',
    auth: 'either',
    body: markReadSchema,
    responses: { 200: z.object({ marked: z.number().int(), unread: z.number().int() }) },
    errors: [],
  },
  listConsultations: {
    method: 'GET',
    path: '/api/v1/consultations',
    tag: 'participation',
    auth: 'public',
    optionalToken: true,
    query: consultationSearchSchema,
    responses: { 200: res.consultationPageSchema },
    errors: [],
  },
  listProposals: {
    method: 'GET',
    path: '/api/v1/consultations/{id}/proposals',
    tag: 'participation',
    auth: 'public',
    optionalToken: true,
    params: idParams,
    query: proposalSearchSchema,
    responses: { 200: res.proposalPageSchema },
    errors: ['NOT_FOUND'],
  },
  createProposal: {
    method: 'POST',
    path: '/api/v1/consultations/{id}/proposals',
    tag: 'participation',
    auth: 'either',
    params: idParams,
    body: proposalSchema,
    responses: { 201: res.proposalCreatedSchema },
    errors: ['ORIGIN_MISMATCH', 'NOT_FOUND', 'CONSULTATION_CLOSED'],
  },
  getProposal: {
    method: 'GET',
    path: '/api/v1/proposals/{id}',
    tag: 'participation',
    auth: 'public',
    optionalToken: true,
    params: idParams,
    responses: { 200: res.proposalJsonSchema },
    errors: ['NOT_FOUND'],
  },
  supportProposal: {
    method: 'POST',
    path: '/api/v1/proposals/{id}/supports',
    tag: 'participation',
    auth: 'either',
    params: idParams,
    responses: { 200: res.supportResponseSchema },
    errors: ['ORIGIN_MISMATCH', 'NOT_FOUND', 'CONSULTATION_CLOSED', 'PROPOSAL_CLOSED'],
  },
  withdrawSupport: {
    method: 'DELETE',
    path: '/api/v1/proposals/{id}/supports',
    tag: 'participation',
    auth: 'either',
    params: idParams,
    responses: { 200: res.supportResponseSchema },
    errors: ['ORIGIN_MISMATCH', 'NOT_FOUND', 'CONSULTATION_CLOSED'],
  },
} as const satisfies Record<string, ApiOperation>;

export type OperationId = keyof typeof API;

export const API_OPERATIONS: readonly (ApiOperation & { id: OperationId })[] = (Object.keys(API) as OperationId[]).map((id) => ({ id, ...API[id] }));

const TOKEN_FAILURES: ErrorCode[] = ['TOKEN_MALFORMED', 'TOKEN_INVALID'];
const BODY_FAILURES: ErrorCode[] = ['UNSUPPORTED_MEDIA_TYPE', 'MALFORMED_JSON', 'VALIDATION_FAILED'];

/** Every code the route can answer, its own and the ones its kind shares, without repeats. */
export function errorCodesOf(op: ApiOperation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (op.auth !== 'public') codes.push('UNAUTHENTICATED');
  if (op.auth === 'token' || op.auth === 'either' || op.optionalToken) codes.push(...TOKEN_FAILURES);
  if (op.body) codes.push(...BODY_FAILURES);
  codes.push(...op.errors, 'INTERNAL');
  return [...new Set(codes)];
}

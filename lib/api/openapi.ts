import 'server-only';
import { z } from 'zod';
import en from '@/messages/en.json';
import { statusOf } from './http';
import { API_OPERATIONS, API_TAGS, errorCodesOf, type ApiAuth, type ApiOperation } from './registry';
import { errorBodySchema } from './responses';

/**
 * The OpenAPI 3.1 document of /api/v1, built from the route registry and the zod schemas the
 * handlers validate with (zod's own JSON Schema output, draft 2020-12 = OpenAPI 3.1's dialect).
 * Summaries are the English catalog's `apiReference` texts; the reference page shows both.
 */

type JsonSchema = Record<string, unknown>;
export type OpenApiParameter = { name: string; in: 'path' | 'query' | 'header'; required: boolean; description?: string; schema: JsonSchema };
export type OpenApiOperation = {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  'x-auth': ApiAuth;
  'x-optional-token'?: true;
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, { description: string; 'x-error-codes'?: string[]; content?: { 'application/json': { schema: JsonSchema } } }>;
};
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<Lowercase<ApiOperation['method']>, OpenApiOperation>>>;
  components: { securitySchemes: Record<string, JsonSchema>; schemas: Record<string, JsonSchema> };
};

/** zod -> JSON Schema of what a client sends or receives (the input side: before defaults and coercion). */
function toSchema(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates travel as ISO 8601 strings; z.coerce.date() reads them.
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

function parametersOf(where: OpenApiParameter['in'], schema: z.ZodObject | undefined): OpenApiParameter[] {
  if (!schema) return [];
  const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as { description?: string };
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const SECURITY: Record<ApiAuth, Record<string, string[]>[]> = {
  public: [],
  token: [{ bearerToken: [] }],
  session: [{ sessionCookie: [] }],
  either: [{ bearerToken: [] }, { sessionCookie: [] }],
};

const SUCCESS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created' };
const ERROR_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  402: 'Payment declined',
  403: 'Forbidden',
  404: 'Not found (or not yours)',
  409: 'Conflict',
  415: 'Unsupported media type',
  422: 'Breaks a rule',
  429: 'Too many requests',
  500: 'Internal error',
};

function operationOf(op: ApiOperation & { id: string }): OpenApiOperation {
  const responses: OpenApiOperation['responses'] = {};
  for (const [status, schema] of Object.entries(op.responses) as [string, z.ZodType][]) {
    responses[status] = { description: SUCCESS_TEXT[Number(status)] ?? 'Success', content: { 'application/json': { schema: toSchema(schema) } } };
  }
  const byStatus = new Map<number, string[]>();
  for (const code of errorCodesOf(op)) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `${ERROR_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`,
      'x-error-codes': codes,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const parameters = [...parametersOf('path', op.params), ...parametersOf('query', op.query), ...parametersOf('header', op.headers)];
  return {
    operationId: op.id,
    summary: (en.apiReference.operations as Record<string, string>)[op.id] ?? op.id,
    tags: [op.tag],
    // A public route that reads an optional token: `{}` means "no credentials" is also fine.
    security: op.optionalToken ? [{}, { bearerToken: [] }] : SECURITY[op.auth],
    'x-auth': op.auth,
    ...(op.optionalToken ? { 'x-optional-token': true as const } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: toSchema(op.body) } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operationOf(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Zhongchuang Space API',
      version: '1',
      description: en.apiReference.intro,
    },
    tags: API_TAGS.map((name) => ({ name, description: en.apiReference.tags[name] })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: en.apiReference.authToken },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          // Auth.js prefixes the name with __Secure- when the site is served over HTTPS.
          name: 'authjs.session-token',
          description: en.apiReference.authSession,
        },
      },
      schemas: { Error: toSchema(errorBodySchema) },
    },
  };
}

let cached: OpenApiDocument | undefined;
/** Built once per process: it depends on code only. */
export function openApiDocument(): OpenApiDocument {
  return (cached ??= buildOpenApiDocument());
}

const ACCESS_TEXT: Record<ApiAuth, string> = {
  public: 'public',
  token: 'token',
  session: 'session cookie',
  either: 'token or session cookie',
};

/** The README's table of routes and who may call them (tests/integration/openapi-registry.test.ts keeps it current). */
export function accessTableMarkdown(): string {
  const rows = API_OPERATIONS.map((op) => {
    const access = op.optionalToken ? 'public; a token shows more' : ACCESS_TEXT[op.auth];
    const summary = (en.apiReference.operations as Record<string, string>)[op.id] ?? op.id;
    return `| \`${op.method}\` | \`${op.path}\` | ${access} | ${summary} |`;
  });
  return ['| Method | Path | Access | What |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

import { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { ApiOperation } from './registry';

type SuccessStatus<O extends ApiOperation> = keyof O['responses'] & number;
type BodyOf<O extends ApiOperation, S extends SuccessStatus<O>> = O['responses'][S] extends z.ZodType ? z.input<O['responses'][S]> : never;

/**
 * A success answer of a registered route. The body must fit the registry's response schema
 * for that status, so the OpenAPI document cannot promise a shape the handler does not send.
 */
export function respond<O extends ApiOperation, S extends SuccessStatus<O>>(op: O, status: S, body: BodyOf<O, S>): NextResponse {
  return NextResponse.json(body, { status });
}

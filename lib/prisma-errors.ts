import { Prisma } from '@/lib/generated/prisma/client';

/** Unique violation (P2002), optionally on a named target column or constraint. */
export function isUniqueViolation(error: unknown, target?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  if (!target) return true;
  return JSON.stringify(error.meta ?? {}).includes(target);
}

/** The SQLSTATE of a database error raised through the driver adapter, if any. */
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; cause?: { code?: string; originalCode?: string } };
  return (
    e.meta?.driverAdapterError?.cause?.originalCode ??
    e.cause?.originalCode ??
    e.cause?.code ??
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined)
  );
}

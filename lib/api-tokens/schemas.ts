import { z } from 'zod';

export const apiTokenCreateSchema = z.object({
  name: z.string({ error: 'required' }).trim().min(1, 'required').max(60, 'tokenNameTooLong'),
});

export const apiTokenRevokeSchema = z.object({
  tokenId: z.string().min(1, 'required').max(64),
});

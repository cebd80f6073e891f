import { z } from 'zod';
import { text } from '@/lib/validation';

export const apiTokenCreateSchema = z.object({
  name: text({ error: 'required' }).trim().min(1, 'required').max(60, 'tokenNameTooLong'),
});

export const apiTokenRevokeSchema = z.object({
  tokenId: text().min(1, 'required').max(64),
});

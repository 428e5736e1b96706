import { z } from 'zod';

/** The chat session in the path of every seeker call. */
export const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });

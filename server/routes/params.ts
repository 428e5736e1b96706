import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';

/** The object in the path of a staff route (`/{id}`), refused in Chinese when it is not an id. */
export const IdParam = z.object({ id: z.uuid(zh.cases.validation.uuid) });

/** The chat session in the path of every seeker call. */
export const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });

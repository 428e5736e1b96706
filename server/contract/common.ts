/**
 * Schemas every area's contract uses. A response's time is an ISO 8601 string on the wire (the
 * server's Date serialises to it), a date a `YYYY-MM-DD` string.
 */
import { z } from 'zod';

export const Timestamp = z.string().meta({ format: 'date-time', description: 'ISO 8601 date and time' });
export const Day = z.string().meta({ format: 'date', description: 'YYYY-MM-DD' });
export const Uuid = z.string().meta({ format: 'uuid' });

/** The one error shape (server/http/errors.ts): a machine code, a Chinese message, the field that was wrong. */
export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) })
  .meta({ id: 'Error' });

export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

/** Server-sent events: the contract names each event and its data (README “Chat events”). */
export const EventStream = z.string().meta({ description: 'text/event-stream; events as named in the README' });
export type ErrorBody = z.infer<typeof ErrorBody>;

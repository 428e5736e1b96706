/** Pieces every casework answer shares (cases, the ledger, plans, follow-ups, outreach). */
import { z } from 'zod';
import { Uuid } from './common.ts';

/** A staff member as casework names them: the id and the display name. */
export const StaffRef = z.object({ id: Uuid, displayName: z.string() }).meta({ id: 'StaffRef' });

/** A seeker in a list: the identity masked (server/ledger/mask.ts), null where not given. */
export const MaskedSeeker = z.object({ id: Uuid, name: z.string().nullable(), phone: z.string().nullable() }).meta({ id: 'MaskedSeeker' });

/** A tool the agent ran for an answer or a draft, with what it was given and what it returned. */
export { ToolCall } from './chat.ts';

/** A JSON object whose keys the answer does not fix (person facts, a record's detail, a grounding check). */
export const JsonObject = z.record(z.string(), z.unknown());

export type StaffRef = z.infer<typeof StaffRef>;
export type MaskedSeeker = z.infer<typeof MaskedSeeker>;

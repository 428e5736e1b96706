/** 主动服务: what the proactive scan found, per counsellor, and the scan's own summary. */
import { z } from 'zod';
import { MaskedSeeker, StaffRef } from './casework.ts';
import { Day, Timestamp, Uuid } from './common.ts';

/** An outreach item as stored; kind benefit | service, status open | contacted | dismissed. */
export const OutreachItem = z
  .object({
    id: Uuid,
    seekerId: Uuid,
    counsellorId: Uuid.nullable(),
    kind: z.string(),
    code: z.string(),
    reason: z.string(),
    clauseId: z.string(),
    status: z.string(),
    firstFoundOn: Day,
    lastFoundOn: Day,
    clearedOn: Day.nullable(),
    actedBy: Uuid.nullable(),
    actedAt: Timestamp.nullable(),
    note: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'OutreachItem' });

/** One finding in the list, as the counsellor acts on it. */
export const OutreachEntry = OutreachItem.pick({ id: true, kind: true, code: true, reason: true, clauseId: true, status: true, firstFoundOn: true, lastFoundOn: true, note: true, actedAt: true }).meta({
  id: 'OutreachEntry',
});

/** The list grouped by the seeker's counsellor (null: nobody yet), then by seeker. */
export const OutreachGroups = z.object({
  groups: z.array(z.object({ counsellor: StaffRef.nullable(), seekers: z.array(z.object({ seeker: MaskedSeeker, items: z.array(OutreachEntry) })) })),
});

export const ScanSummary = z
  .object({ asOf: Day, seekers: z.number().int(), found: z.number().int(), added: z.number().int(), changed: z.number().int(), cleared: z.number().int() })
  .meta({ id: 'OutreachScanSummary' });

export const OutreachMarked = z.object({ item: OutreachItem });

export type OutreachItem = z.infer<typeof OutreachItem>;
export type OutreachEntry = z.infer<typeof OutreachEntry>;
export type OutreachGroups = z.infer<typeof OutreachGroups>;
export type ScanSummary = z.infer<typeof ScanSummary>;
export type OutreachMarked = z.infer<typeof OutreachMarked>;

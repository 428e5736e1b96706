/** GET /healthz: readiness, and whether the configured models answer. */
import { z } from 'zod';
import { Timestamp } from './common.ts';

const Probe = z.object({ answers: z.boolean(), checkedAt: Timestamp, error: z.string().optional() });

export const Health = z.object({
  status: z.enum(['ok', 'degraded', 'starting', 'unavailable']),
  database: z.string(),
  clauses: z.number().optional(),
  model: z.string().optional(),
  embeddings: z.string().optional(),
  models: z
    .object({
      chat: z.object({ model: z.string(), remote: z.boolean(), probe: Probe.optional(), lastTurn: z.object({ answered: z.boolean(), at: Timestamp, cause: z.string().optional() }).optional() }),
      embeddings: z.object({ model: z.string(), remote: z.boolean(), probe: Probe.optional(), queriesFailing: z.boolean() }),
    })
    .optional(),
});
export type Health = z.infer<typeof Health>;

import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { validate } from '../../http/validate.ts';
import { outcomesAgainstTargets } from '../../ledger/targets.ts';

const YearQuery = z.object({ year: z.coerce.number().int().min(2022).max(2100).optional() });

/** Closing outcomes of a year against the plan's targets (一（三）), from the ledger. */
export function staffOutcomeRoutes({ database }: { database: Database }) {
  return new Hono().get('/', validate('query', YearQuery), async (c) => {
    const { year } = c.req.valid('query');
    return c.json(await outcomesAgainstTargets(database, year ? { year } : {}));
  });
}

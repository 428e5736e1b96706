import { z } from 'zod';
import { type Api, api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { ADMIN, COUNSELLOR, SUPERVISOR } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { OutcomeTargets } from '../../contract/ledger.ts';
import type { Database } from '../../db/client.ts';
import { outcomesAgainstTargets } from '../../ledger/targets.ts';

const YearQuery = z.object({ year: z.coerce.number().int().min(2022).max(2100).optional() });

const outcomes = defineRoute({
  method: 'get',
  path: '/',
  tags: ['ledger'],
  summary: 'Closing outcomes of a year against the plan’s targets (一（三）), from the ledger',
  request: { query: YearQuery },
  responses: { 200: json(OutcomeTargets, 'Counts of outcomes and each target with what the ledger counts'), 400: json(ErrorBody, 'The year is malformed') },
  ...staffAccess([COUNSELLOR, SUPERVISOR, ADMIN], noObject('counts of outcomes, no person named')),
});

/** Closing outcomes of a year against the plan's targets (一（三）), from the ledger. */
export function staffOutcomeRoutes({ database }: { database: Database }): Api {
  return api().openapi(outcomes, async (c) => {
    const { year } = c.req.valid('query');
    return c.json(await outcomesAgainstTargets(database, year ? { year } : {}), 200);
  });
}

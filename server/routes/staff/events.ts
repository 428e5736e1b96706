/** Staff import of employment-service events (beside the 附件2 calendar of the corpus). */
import { api } from '../../api/define.ts';
import type { Database } from '../../db/client.ts';
import { importEvents } from '../../catalog/event-import.ts';
import { importRoute } from './catalog-routes.ts';

const importEventFeed = importRoute('events');

export function staffEventRoutes({ database }: { database: Database }) {
  return api().openapi(importEventFeed, async (c) => {
    const { source, input } = c.var.importRequest;
    return c.json(await importEvents(database, input, { source }), 200);
  });
}

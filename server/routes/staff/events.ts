/** Staff import of employment-service events (beside the 附件2 calendar of the corpus). */
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import { limitBody } from '../../http/body-limit.ts';
import { importEvents } from '../../catalog/event-import.ts';
import { readImportRequest } from './import-request.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';

export function staffEventRoutes({ database }: { database: Database }) {
  return new Hono().post('/import', limitBody(MAX_IMPORT_BYTES), async (c) => {
    const { source, input } = await readImportRequest(c);
    return c.json(await importEvents(database, input, { source }));
  });
}

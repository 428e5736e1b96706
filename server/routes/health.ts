import { Hono } from 'hono';
import { type Database, ping } from '../db/client.ts';
import { countClauses } from '../policy/queries.ts';

/** Liveness and readiness in one: the database answers and the corpus is loaded. */
export function healthRoutes({ database, modelName, embeddingModel }: { database: Database; modelName: string; embeddingModel: string }) {
  return new Hono().get('/', async (c) => {
    try {
      const [ok, clauses] = await Promise.all([ping(database), countClauses(database)]);
      const ready = ok && clauses > 0;
      return c.json(
        { status: ready ? 'ok' : 'starting', database: database.driver, clauses, model: modelName, embeddings: embeddingModel },
        ready ? 200 : 503,
      );
    } catch {
      return c.json({ status: 'unavailable', database: database.driver }, 503);
    }
  });
}

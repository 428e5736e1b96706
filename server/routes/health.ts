import { api, defineRoute, json, publicAccess } from '../api/define.ts';
import { Health } from '../contract/health.ts';
import { type Database, ping } from '../db/client.ts';
import type { ModelHealth } from '../observability/model-health.ts';
import { countClauses } from '../policy/queries.ts';

const health = defineRoute({
  method: 'get',
  path: '/',
  tags: ['operations'],
  summary: 'Liveness and readiness; whether the configured models answer',
  responses: { 200: json(Health, 'Ready (status ok, or degraded when a model does not answer)'), 503: json(Health, 'Not ready: the database does not answer or the corpus is not loaded') },
  ...publicAccess,
});

/**
 * Liveness and readiness in one: the database answers and the corpus is loaded (else 503). Whether
 * the configured models answer is reported beside it (server/observability/model-health.ts) and
 * makes the status `degraded`, not unready: turns then run on the offline model and full-text search.
 */
export function healthRoutes({ database, modelName, embeddingModel, modelHealth }: { database: Database; modelName: string; embeddingModel: string; modelHealth?: ModelHealth }) {
  return api().openapi(health, async (c) => {
    try {
      const [ok, clauses, models] = await Promise.all([ping(database), countClauses(database), modelHealth?.report()]);
      const ready = ok && clauses > 0;
      const status = !ready ? 'starting' : models?.degraded ? 'degraded' : 'ok';
      return c.json(
        { status, database: database.driver, clauses, model: modelName, embeddings: embeddingModel, ...(models ? { models: { chat: models.chat, embeddings: models.embeddings } } : {}) },
        ready ? 200 : 503,
      );
    } catch {
      return c.json({ status: 'unavailable' as const, database: database.driver }, 503);
    }
  });
}

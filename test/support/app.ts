import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { createLogger } from '../../server/log.ts';
import { openTestDatabase } from './db.ts';

/** The real app on a test database with the offline defaults; `close` releases the database. */
export async function createTestApp(opts: { corpus?: boolean; env?: Record<string, string> } = {}) {
  const database: Database = await openTestDatabase({ corpus: opts.corpus ?? true });
  const config = loadConfig({ ...opts.env });
  const app = createApp({ config, database, embedder: localEmbedder(), log: createLogger('silent') });
  return { app, database, close: () => database.close() };
}

import { join } from 'node:path';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { createEmbedder, type Embedder } from './embeddings/index.ts';
import { startReembedding, type Reembedding } from './embeddings/reembed.ts';
import type { Logger } from './log.ts';
import { warmUp } from './text/segment.ts';
import { createChatModels, type ChatModels } from './agent/models/index.ts';
import { loadPrompts } from './agent/prompts.ts';
import { TurnRegistry } from './agent/turns.ts';
import { LiveBus } from './live/bus.ts';
import { loadDemoDataIfEmpty } from './catalog/demo-load.ts';
import { backfillVacancyTokens } from './catalog/vacancy-tokens.ts';
import { loadCorpus } from './policy/corpus.ts';
import { ingestCorpus } from './policy/ingest.ts';
import { today } from './rules/dates.ts';

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR —
 * after taking the data directory's lock (server/db/data-dir-lock.ts), which is released on close:
 * a second process (the server, or `npm run staff:create` while the server runs) gets a
 * DataDirLockedError naming the holder instead of corrupting the files. `purpose` names this
 * process in the lock, for that message.
 */
export async function openConfiguredDatabase(config: Config, purpose = 'npm start (server)'): Promise<Database> {
  if (config.DATABASE_URL) {
    return openDatabase({ driver: 'postgres', url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX, prepare: config.DATABASE_PREPARED_STATEMENTS });
  }
  const lock = acquireDataDirLock(config.DATA_DIR, purpose);
  try {
    const database = await openDatabase({ driver: 'pglite', dataDir: join(config.DATA_DIR, 'pglite'), sharedBuffers: config.PGLITE_SHARED_BUFFERS });
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** Validates the corpus and brings the database up to date with it (unchanged clauses are skipped). */
export async function ingestPolicyCorpus(database: Database, embedder: Embedder, log: Logger) {
  const reports = await ingestCorpus(database, embedder, loadCorpus());
  for (const r of reports) log.info({ ...r, model: embedder.model }, 'policy corpus ingested');
  return reports;
}

export interface Services {
  database: Database;
  embedder: Embedder;
  bus: LiveBus;
  models: ChatModels;
  turns: TurnRegistry;
  /** Re-embedding of rows made by another embedding model, running in the background (embeddings/reembed.ts). */
  reembedding: Reembedding;
}

export async function startServices(config: Config, log: Logger): Promise<Services> {
  // A missing prompt or version stops start-up here, before the database opens, not at the first turn.
  log.info({ prompts: loadPrompts() }, 'prompts loaded');
  const database = await openConfiguredDatabase(config);
  log.info({ database: database.describe }, 'database ready');
  const embedder = createEmbedder(config);
  warmUp();
  if (config.INGEST_ON_START) await ingestPolicyCorpus(database, embedder, log);
  const tokenised = await backfillVacancyTokens(database);
  if (tokenised) log.info({ vacancies: tokenised }, 'vacancy words indexed for full-text candidates');
  if (config.DEMO_DATA_ON_START) {
    const demo = await loadDemoDataIfEmpty(database, embedder, { asOf: today() });
    if (demo.vacancies || demo.courses) log.info({ vacancies: demo.vacancies?.inserted ?? 0, courses: demo.courses?.inserted ?? 0 }, 'demo vacancies and courses loaded into the empty database');
  }
  // After a change of EMBEDDINGS_MODEL: vacancies, courses (and clauses, when INGEST_ON_START is off)
  // still hold vectors of the old model. Searches skip them meanwhile; full-text still finds them.
  const reembedding = startReembedding(database, embedder, log);
  const bus = new LiveBus(database);
  await bus.start();
  const models = createChatModels(config);
  log.info({ model: models.name }, 'chat model ready');
  return { database, embedder, bus, models, turns: new TurnRegistry(), reembedding };
}

import { createApp } from '../../server/app.ts';
import { createChatModels } from '../../server/agent/models/index.ts';
import { TurnRegistry } from '../../server/agent/turns.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import type { Embedder } from '../../server/embeddings/index.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { LiveBus } from '../../server/live/bus.ts';
import { createLogger, type Logger } from '../../server/log.ts';
import type { ChatLimits } from '../../server/routes/chat.ts';
import { openTestDatabase } from './db.ts';

/** The real app on a test database with the offline defaults (or env overrides); `close` releases it. */
export async function createTestApp(opts: { corpus?: boolean; env?: Record<string, string>; chatLimits?: ChatLimits; log?: Logger; clock?: () => number; embedder?: Embedder } = {}) {
  const database: Database = await openTestDatabase({ corpus: opts.corpus ?? true });
  const config = loadConfig({ ...opts.env });
  const bus = new LiveBus(database);
  await bus.start();
  const models = createChatModels(config);
  const turns = new TurnRegistry();
  const log = opts.log ?? createLogger('silent');
  const app = createApp({ config, database, embedder: opts.embedder ?? localEmbedder(), log, bus, models, turns, chatLimits: opts.chatLimits, clock: opts.clock, checkResponses: true });
  return {
    app,
    database,
    bus,
    turns,
    close: async () => {
      await turns.drain(10_000);
      await bus.stop();
      await database.close();
    },
  };
}

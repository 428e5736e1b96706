/**
 * What both evaluations start from: the real app on an in-memory PGlite with the policy corpus and
 * the demo data `npm start` loads, the configured chat model (the offline one unless LLM_* is set),
 * no chat limits; and a clock pinned to noon (China time) of the day the labels were written for.
 */
import { createApp } from '../server/app.ts';
import { createChatModels } from '../server/agent/models/index.ts';
import { TurnRegistry } from '../server/agent/turns.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/client.ts';
import { createEmbedder } from '../server/embeddings/index.ts';
import { loadDemoDataIfEmpty } from '../server/catalog/demo-load.ts';
import { LiveBus } from '../server/live/bus.ts';
import { createLogger } from '../server/log.ts';
import { loadCorpus } from '../server/policy/corpus.ts';
import { ingestCorpus } from '../server/policy/ingest.ts';
import { today } from '../server/rules/dates.ts';

/**
 * Pins the service's clock to noon (China time) of `asOf` by shifting Date.now: today() in the
 * rules and the turn then read that day, while durations still advance normally.
 */
export function pinClock(asOf: string) {
  const realNow = Date.now.bind(Date);
  const offset = Date.parse(`${asOf}T12:00:00+08:00`) - realNow();
  Date.now = () => realNow() + offset;
}

export async function bootEvalApp() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  const log = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ driver: 'pglite' });
  const embedder = createEmbedder(config);
  await ingestCorpus(database, embedder, loadCorpus());
  if (config.DEMO_DATA_ON_START) await loadDemoDataIfEmpty(database, embedder, { asOf: today() });
  const bus = new LiveBus(database);
  await bus.start();
  const models = createChatModels(config);
  const turns = new TurnRegistry();
  const unlimited = { sessionsPerIpPerHour: 100_000, messagesPerSessionPerMinute: 100_000, messagesPerIpPerMinute: 100_000 };
  const app = createApp({ config, database, embedder, log, bus, models, turns, chatLimits: unlimited });
  return {
    app,
    database,
    models,
    close: async () => {
      await turns.drain(30_000);
      await bus.stop();
      await database.close();
    },
  };
}

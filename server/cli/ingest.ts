import { ingestPolicyCorpus, openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { createEmbedder } from '../embeddings/index.ts';
import { reembedStale } from '../embeddings/reembed.ts';
import { createLogger } from '../log.ts';

/**
 * `npm run ingest`: validate policy-corpus/ and bring the configured database up to date, then
 * re-embed every vacancy and course stored by another embedding model.
 */
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const database = await openConfiguredDatabase(config, 'npm run ingest').catch((e: unknown) => {
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
});
try {
  const embedder = createEmbedder(config);
  const reports = await ingestPolicyCorpus(database, embedder, log);
  for (const r of reports) console.log(`${r.docKey}: ${r.embedded} embedded, ${r.unchanged} unchanged, ${r.removed} removed, ${r.events} events`);
  // Vacancies and courses of another embedding model too (what the server does in the background at start).
  const reembedded = await reembedStale(database, embedder);
  if (Object.values(reembedded).some(Boolean)) console.log(`re-embedded with ${embedder.model}: ${Object.entries(reembedded).map(([t, n]) => `${t} ${n}`).join(', ')}`);
} finally {
  await database.close();
}

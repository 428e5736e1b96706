import { ingestPolicyCorpus, openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { createEmbedder } from '../embeddings/index.ts';
import { createLogger } from '../log.ts';

/** `npm run ingest`: validate policy-corpus/ and bring the configured database up to date. */
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
  const reports = await ingestPolicyCorpus(database, createEmbedder(config), log);
  for (const r of reports) console.log(`${r.docKey}: ${r.embedded} embedded, ${r.unchanged} unchanged, ${r.removed} removed, ${r.events} events`);
} finally {
  await database.close();
}

import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { CONSOLE_DIR } from './http/console-static.ts';
import { startServices } from './bootstrap.ts';
import type { Config } from './config.ts';
import { startVacancyFeed } from './catalog/feed-scheduler.ts';
import { createLogger } from './log.ts';
import { startOutreachScan } from './ledger/scan-schedule.ts';
import { startRetention } from './privacy/retention-schedule.ts';
import { SETUP_LINK_HOURS, setupLinkIfNoAdmin } from './auth/setup.ts';
import { zh } from './i18n/zh-CN/index.ts';

/** How long a shutdown waits for turns in flight to finish and store their answers. */
const SHUTDOWN_DRAIN_MS = 20_000;

/** Opens the database, ingests the corpus, starts the scheduled jobs and serves until SIGTERM. */
export async function runServer(config: Config) {
  const log = createLogger(config.LOG_LEVEL);
  const services = await startServices(config, log);
  const app = createApp({ config, log, ...services, consoleDir: CONSOLE_DIR, checkResponses: config.API_CHECK_RESPONSES });
  const feed = config.VACANCY_FEED_URL
    ? startVacancyFeed({ url: config.VACANCY_FEED_URL, intervalMs: config.VACANCY_FEED_INTERVAL_MINUTES * 60_000, database: services.database, embedder: services.embedder, log })
    : undefined;
  const outreach = config.OUTREACH_SCAN_INTERVAL_MINUTES
    ? startOutreachScan({ database: services.database, intervalMs: config.OUTREACH_SCAN_INTERVAL_MINUTES * 60_000, log })
    : undefined;
  const retention = startRetention({ database: services.database, retentionDays: config.RETENTION_DAYS, log });
  // No administrator yet: a one-time link to create the first one in the browser (server/auth/setup.ts).
  const setupToken = await setupLinkIfNoAdmin(services.database);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    log.info({ port: info.port, database: services.database.describe }, 'listening');
    console.log(`\n  一生一困 就业服务 is running: http://${host}:${info.port}\n  Staff console: http://${host}:${info.port}/console\n`);
    if (setupToken) {
      // The secret goes to the terminal only, never into the JSON log.
      log.info({ hours: SETUP_LINK_HOURS }, 'no administrator: one-time setup link printed');
      console.log(zh.setup.firstAdminLink(`http://${host}:${info.port}/console/setup#${setupToken}`, SETUP_LINK_HOURS));
    }
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, turns: services.turns.size }, 'shutting down: draining turns');
    // Stop taking connections, let running turns store their answers, then close the database.
    server.close();
    void (async () => {
      const drained = await services.turns.drain(SHUTDOWN_DRAIN_MS);
      log.info({ drained }, 'turns drained');
      await services.reembedding.stop();
      await services.bus.stop().catch(() => {});
      await feed?.stop();
      await outreach?.stop();
      await retention.stop();
      await services.database.close();
      process.exit(0);
    })();
    setTimeout(() => process.exit(1), SHUTDOWN_DRAIN_MS + 5_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

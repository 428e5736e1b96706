import { ConfigError, loadConfig } from './config.ts';
import { safeErrorMessage } from './log.ts';

/**
 * `npm start`: the configuration is checked first, before the database, the models or the text
 * tables load, so a bad setting stops start-up at once with a message naming the variable.
 */
let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const { runServer } = await import('./run-server.ts');
runServer(config).catch((e) => {
  console.error(safeErrorMessage(e));
  process.exit(1);
});

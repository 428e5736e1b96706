/** The console's Chinese text: the server's one dictionary (server/i18n/zh-CN), its `console` part. */
import { zh } from '../server/i18n/zh-CN/index.ts';

export { zh };
export const t = zh.console;

import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { zh } from '../i18n/zh-CN/index.ts';

/**
 * The one typed application error. `code` is a small machine vocabulary (`bad_request`,
 * `not_found`, `conflict`, …), `message` is Chinese text for the person reading it, and `field`
 * names the input that was wrong. Anything that is not an AppError is logged and answered as a
 * generic 500: stack traces and internal messages never reach the client.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

export const badRequest = (field: string, message: string) => new AppError(400, 'bad_request', message, field);
export const notFound = (message: string = zh.errors.notFound) => new AppError(404, 'not_found', message);

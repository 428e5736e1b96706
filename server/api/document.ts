/**
 * The machine-readable contract: `GET /openapi.json` (OpenAPI 3.1, generated from the routes'
 * own definitions, server/api/define.ts) and a reference page, `GET /api/docs`, rendered from the
 * same document (server/api/reference-page.ts) with no script and nothing fetched from elsewhere.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorBody } from '../contract/common.ts';
import { api, publicAccess, defineRoute, json } from './define.ts';
import { referencePage } from './reference-page.ts';
import { z } from 'zod';

export const DOCUMENT_PATH = '/openapi.json';
export const REFERENCE_PATH = '/api/docs';

const INFO = {
  title: 'Yubei 一生一困 career guidance API',
  version: '1.0.0',
  description:
    'The chat API seekers and employers use, the staff API of the console, and the operational routes. Errors share one shape (`Error`): a machine `code`, a Chinese `message` and the `field` that was wrong. Staff routes need a staff session cookie; `x-roles` lists the roles that may call each, `x-owns` whose seeker objects it acts on (docs/architecture.md).',
};

type Operation = Record<string, unknown> & { 'x-owns'?: { kind: string; rule: string; breakGlass: boolean } };

/** The OpenAPI 3.1 document of every route registered on `app` so far. */
export function openApiDocument(app: OpenAPIHono) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', { type: 'apiKey', in: 'cookie', name: 'yb_staff', description: 'set by POST /api/auth/login' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'chatToken', { type: 'http', scheme: 'bearer', description: 'the token POST /api/chat/sessions returns' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'metricsToken', { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, when it is set' });
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO });
  // The ownership rule is code; the document carries what it says.
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item as Record<string, Operation>)) {
      if (op && typeof op === 'object' && op['x-owns']) {
        const { kind, rule, breakGlass } = op['x-owns'];
        op['x-owns'] = { kind, rule, breakGlass };
      }
    }
  }
  return doc;
}

const documentRoute = defineRoute({
  method: 'get',
  path: DOCUMENT_PATH,
  tags: ['contract'],
  summary: 'This API’s OpenAPI 3.1 document',
  responses: { 200: json(z.record(z.string(), z.unknown()), 'The OpenAPI document'), 500: json(ErrorBody, 'The document could not be generated') },
  ...publicAccess,
});

const referenceRoute = defineRoute({
  method: 'get',
  path: REFERENCE_PATH,
  tags: ['contract'],
  summary: 'A reference page of this API, rendered from the OpenAPI document',
  responses: { 200: { content: { 'text/html': { schema: z.string() } }, description: 'HTML' } },
  ...publicAccess,
});

/** Both routes, generating the document once, on first request (every route is registered by then). */
export function apiDocumentRoutes(root: OpenAPIHono) {
  let doc: ReturnType<typeof openApiDocument> | undefined;
  const current = () => (doc ??= openApiDocument(root));
  return api()
    .openapi(documentRoute, (c) => c.json(current() as unknown as Record<string, unknown>, 200))
    .openapi(referenceRoute, (c) => c.html(referencePage(current()), 200));
}

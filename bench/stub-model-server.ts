/**
 * A local OpenAI-compatible chat server for benchmarks, in its own process: answers every request
 * with a short grounded text, its first token after STUB_FIRST_TOKEN_MS (0 = at once), then a piece
 * of six characters every STUB_PIECE_MS (0 = all at once; 20 ≈ a model writing 100 characters a second).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { respond } from '../test/support/openai-chat-stub.ts';

const delay = Number(process.env.STUB_FIRST_TOKEN_MS ?? 0);
const pieceMs = Number(process.env.STUB_PIECE_MS ?? 0);
export const STUB_ANSWER = '首次创业并正常经营1年以上3年以下的，可申请8000元/户的一次性创业补助【yb2022-38:2.2.2】。';
const app = new Hono().post('/v1/chat/completions', (c) => respond(c, { text: STUB_ANSWER }, delay, pieceMs));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`stub is running: http://127.0.0.1:${info.port}`));
process.on('SIGTERM', () => process.exit(0));

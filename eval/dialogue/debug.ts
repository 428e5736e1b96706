/**
 * `npx tsx eval/dialogue/debug.ts [--staff] "turn 1" "turn 2" …`: one conversation through the real
 * chat API on the evaluation's app (same clock, data and model), printing every answer with the
 * tracker's state after it. For reading what the dialogue manager understood, not for scoring.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { bootEvalApp, pinClock } from '../boot.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { state: { type: 'boolean', default: false } } });
pinClock(process.env.EVAL_AS_OF ?? '2026-12-07');
const { app, database, close } = await bootEvalApp();
const { conversations } = await import('../../server/db/schema/index.ts');
const res = await app.request('/api/chat/sessions', { method: 'POST' });
const { sessionId, token } = (await res.json()) as { sessionId: string; token: string };
for (const say of positionals) {
  const r = await app.request(`/api/chat/sessions/${sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text: say }),
  });
  const body = (await r.json()) as { text?: string; toolCalls?: { name: string }[]; citations?: { clauseId: string }[] };
  console.log(`\n问: ${say}\n答: ${body.text}\n   tools: ${(body.toolCalls ?? []).map((t) => t.name).join(', ')}  cited: ${(body.citations ?? []).map((c) => c.clauseId).join(', ')}`);
  if (values.state) {
    const [row] = await database.db.select({ s: conversations.dialogueState }).from(conversations).where(eq(conversations.id, sessionId));
    console.log(`   state: ${JSON.stringify(row?.s)}`);
  }
}
await close();

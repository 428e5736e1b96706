import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { feedback, messages } from '../db/schema/index.ts';

/**
 * The seeker's rating of one of the assistant's answers in their own conversation (a second
 * rating replaces the first). False when the message is not an answer of this conversation.
 */
export async function rateAnswer(database: Database, input: { conversationId: string; messageId: string; rating: 1 | -1; comment?: string }): Promise<boolean> {
  const [message] = await database.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, input.messageId), eq(messages.conversationId, input.conversationId), eq(messages.role, 'assistant')));
  if (!message) return false;
  const comment = input.comment ?? null;
  await database.db
    .insert(feedback)
    .values({ messageId: message.id, rating: input.rating, comment })
    .onConflictDoUpdate({ target: feedback.messageId, set: { rating: input.rating, comment } });
  return true;
}

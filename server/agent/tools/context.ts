import { getSeekerFacts } from '../../chat/queries.ts';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import type { ClauseHit } from '../../policy/search.ts';
import { PersonSchema, type Person } from '../../rules/facts.ts';
import type { Escalate } from '../escalation.ts';

/** What a tool may know of the turn it runs in. Tools get the seeker from here, never from the model. */
export interface ToolContext {
  database: Database;
  embedder: Embedder;
  /** Hands the conversation to a person (request_counsellor). */
  escalate: Escalate;
  seekerId: string;
  conversationId: string;
  /** The day rules are evaluated on, Asia/Shanghai. */
  asOf: string;
  /** Clause search, memoised for the turn (the pipeline has usually run the same query already). */
  searchClauses?: (query: string, k: number) => Promise<ClauseHit[]>;
  /** The seeker's stored facts when the turn has read them already; saving facts replaces them. */
  facts?: { get(): Record<string, unknown>; set(facts: Record<string, unknown>): void };
}

/** The seeker's stored facts: the turn's copy, else from the database. */
export async function storedFacts(ctx: ToolContext): Promise<Record<string, unknown>> {
  return ctx.facts ? ctx.facts.get() : getSeekerFacts(ctx.database, { seekerId: ctx.seekerId });
}

/** The seeker's stored facts as the engine's person; none when they do not read as one. */
export async function storedPerson(ctx: ToolContext): Promise<Person> {
  const stored = PersonSchema.safeParse(await storedFacts(ctx));
  return stored.success ? stored.data : {};
}

/**
 * The tools are made once per process (building their schemas per turn cost a millisecond of
 * every turn); the turn they run in travels in the call's config, set by `withTurn`.
 */
export function withTurn(turn: ToolContext) {
  return { configurable: { turn } };
}

/** The turn a tool call belongs to; a call without one is a programming error. */
export function turnOf(config: unknown): ToolContext {
  const turn = (config as { configurable?: { turn?: ToolContext } } | undefined)?.configurable?.turn;
  if (!turn) throw new Error('tool called without its turn (use withTurn)');
  return turn;
}

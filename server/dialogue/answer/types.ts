/**
 * What the composer works from: the turn's reading of the conversation (who asks, what, about
 * which benefits) and the tools' outputs, typed by what each tool returns (server/agent/tools/outputs.ts).
 */
import type { BenefitResult } from '../../rules/outcome.ts';
import type { Employer } from '../../rules/facts.ts';
import type { Aspect, Intent, Role } from '../state.ts';
import type { Action } from '../policy.ts';

/** Who the words are for: the asker's role, or the counsellor sending a drafted reply. */
export type Audience = Role | 'copilot';

export interface ComposeTurn {
  audience: Audience;
  role: Role;
  intent: Intent;
  aspect?: Aspect;
  /** The benefits named or carried over as the topic (empty for “我能领什么”). */
  focus: string[];
  /** The benefit the question names first: it leads once the facts decide it (yes or no). */
  askedAbout?: string;
  /** A question about a group (脱贫人口有啥子帮扶), answered from the group's facts, not the asker's. */
  overview?: boolean;
  /** Fact paths the previous answer asked for: not asked again. */
  askedBefore: string[];
  /** The person's known facts (to leave out of questions). */
  person: Record<string, unknown>;
  employer?: Employer;
  subject?: string;
  place?: string;
  actions: Action[];
  /** What the question is about beyond its own words (a follow-up's topic), for choosing sentences. */
  context?: string;
  /** The clause a service's follow-up rests on (2.1.4 for recruitment), preferred among the hits. */
  homeClause?: string;
}

/** A tool call of the turn as recorded: the tool's name, and its output as JSON (or a refusal, `{error}`). */
export interface ToolOutcome {
  name: string;
  input?: unknown;
  output: unknown;
}

/** An eligibility tool's output as the composer reads it (tool-outputs.ts): the person as the engine's facts, missing facts as paths. */
export interface EligibilityReading {
  asOf: string;
  person: Record<string, unknown>;
  benefits: BenefitResult[];
  /** The benefits the known facts bear on (fewer facts missing than for an unknown person). */
  bearing?: string[];
}

export interface Composed {
  text: string;
  /** Fact paths the answer asks for (the tracker reads the reply as their answer). */
  asked: string[];
  /** The benefit the answer led with, so a follow-up (“在哪里办”) is about it. */
  lead?: string;
}

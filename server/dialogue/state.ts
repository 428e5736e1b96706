/**
 * The dialogue state ("tracker") of one conversation, stored with it (conversations.dialogue_state)
 * and read and written by every turn: who is asking, what is being discussed, the employer's facts,
 * the questions the last answer asked (so a reply is read as their answer) and the last answer's
 * evidence (so a follow-up can lean on it). The person's own facts stay on the seeker's profile
 * (seekers.facts), where the rules, the matcher and the ledger read them.
 */
import { z } from 'zod';
import { BENEFIT_CODES } from '../rules/engine.ts';
import { EmployerSchema } from '../rules/facts.ts';

export const ROLES = ['seeker', 'employer', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** How the role came to be: the default, read from the words, said outright, set by a counsellor, or fixed by the channel. */
export const ROLE_SOURCES = ['default', 'inferred', 'stated', 'counsellor', 'channel'] as const;

/** What a question asks about a benefit or service. */
/** `period` is how long a benefit lasts (最长1年); `duration` how long applying takes (七个工作日). */
export const ASPECTS = ['amount', 'period', 'conditions', 'how_to_apply', 'where', 'materials', 'duration', 'who', 'when', 'general'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Services the conversation can be about besides benefits. */
export const SERVICES = ['jobs', 'training', 'events', 'recruitment', 'unemployment_registration', 'guidance', 'startup', 'programme', 'layoff', 'rights'] as const;
export type Service = (typeof SERVICES)[number];

export const INTENTS = [
  'greet',
  'thanks',
  'goodbye',
  'bot_identity',
  'ask_policy',
  'check_eligibility',
  'inform',
  'find_jobs',
  'find_training',
  'find_events',
  'recruit',
  'ask_process',
  'affirm',
  'deny',
  'dispute',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export const DialogueStateSchema = z.object({
  version: z.literal(1),
  role: z.enum(ROLES),
  roleSource: z.enum(ROLE_SOURCES),
  /** The benefits and/or service under discussion, carried over until the asker changes subject. */
  topic: z.object({
    benefits: z.array(z.enum(BENEFIT_CODES)),
    service: z.enum(SERVICES).optional(),
  }),
  lastIntent: z.enum(INTENTS).optional(),
  lastAspect: z.enum(ASPECTS).optional(),
  /** An employer's facts as stated so far (size, hires with their groups and insurance months). */
  employer: EmployerSchema.optional(),
  /** The group the last question was about (脱贫人口有啥子帮扶): “那我本人呢” next makes it the asker's. */
  group: z.record(z.string(), z.boolean()).optional(),
  /** Fact paths (`person.hukou`, `employer.hires.0.hiredOn`) the last answer asked for. */
  asked: z.array(z.string()),
  /** The last job or course search, so 「还有别的吗」「两路附近的呢」 refine it. */
  search: z.object({ subject: z.string().optional(), place: z.string().optional(), period: z.object({ from: z.string(), to: z.string(), label: z.string() }).optional() }).optional(),
  /** The last answer's evidence: the clauses it cited and the tools it ran. */
  evidence: z.object({ citations: z.array(z.string()), tools: z.array(z.string()), lead: z.enum(BENEFIT_CODES).optional() }),
  turns: z.number().int().min(0),
});
export type DialogueState = z.infer<typeof DialogueStateSchema>;

export function initialState(role: Role = 'seeker', roleSource: DialogueState['roleSource'] = 'default'): DialogueState {
  return { version: 1, role, roleSource, topic: { benefits: [] }, asked: [], evidence: { citations: [], tools: [] }, turns: 0 };
}

/** A stored state, or a fresh one when none is stored or it no longer parses (an older shape). */
export function parseState(stored: unknown, fallback: DialogueState = initialState()): DialogueState {
  const parsed = DialogueStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

import { z } from 'zod';
import { parseTrustedProxies, TrustedProxiesError } from './http/client-address.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalUrl = z.url().optional();
/** A comma- or space-separated list, each item checked by `item`. */
const list = (item: RegExp, message: string) =>
  z.string().transform((s, ctx) => {
    const items = s.split(/[\s,]+/).filter(Boolean);
    for (const i of items) if (!item.test(i)) ctx.addIssue({ code: 'custom', message: `${message}: ${i}` });
    return items;
  });
/** A browser origin: scheme, host and optional port, nothing after. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
/** A CSP source for frame-ancestors: 'self', 'none', or an origin whose host may start with `*.`. */
const FRAME_SOURCE = /^('self'|'none'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?)$/i;

/**
 * Every setting of the product, read once from the environment. The README's configuration table
 * mirrors this schema: keep the two in step. Empty strings count as unset so that `FOO=` in a
 * shell or .env file falls back to the default.
 */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PGLITE_SHARED_BUFFERS: z.string().regex(/^\d+(kB|MB|GB)$/, 'must be like 32MB').default('32MB'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Named prepared statements on PostgreSQL; turn off behind PgBouncer in transaction pooling mode. */
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  INGEST_ON_START: bool.default(true),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_API_KEY: z.string().optional(),
  EMBEDDINGS_MODEL: z.string().optional(),
  /** Inputs per embeddings request: DashScope takes at most 10 (text-embedding-v3/v4), OpenAI 2048. */
  EMBEDDINGS_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(10),
  /** Per request of document embeddings (ingest, import, re-embedding), each retried twice. */
  EMBEDDINGS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** A seeker's query waits this long for its vector, once; then the search goes on by full-text alone. */
  EMBEDDINGS_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How often /healthz asks the chat and embeddings models whether they answer (cached between); 0: never. */
  MODEL_PROBE_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** How long one such probe may take before the model counts as unreachable. */
  MODEL_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  LLM_MAX_TOOL_STEPS: z.coerce.number().int().min(1).max(20).default(5),
  /** The longest silence between two streamed chunks (keep-alive comments do not count). */
  LLM_IDLE_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  /** All of a turn's model calls together, retries included; past it the offline model answers. */
  LLM_TURN_BUDGET_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** Retries of a 429, 5xx or connection failure before the first chunk (after Retry-After). */
  LLM_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /**
   * The model opens its reasoning in the prompt and closes it with a bare `</think>` in the content
   * (Qwen3.5 and Qwen3-2507 thinking templates on vLLM or Ollama without a reasoning parser): hold
   * each reply until that tag. Learnt anyway the first time it is seen; this avoids that first time.
   */
  LLM_REASONING_FIRST: bool.default(false),
  /**
   * Hold back a sentence with a figure or an eligibility claim until it is checked (ADR 0014).
   * Off only to measure what it costs (`npm run bench`): then unchecked text reaches the screen.
   */
  LLM_HOLD_BACK: bool.default(true),
  /** Check every JSON answer against its documented schema (server/api/response-check.ts); for tests and development. */
  API_CHECK_RESPONSES: bool.default(false),
  /**
   * Extra fields for every chat request, as a JSON object: how a provider's thinking mode is
   * switched off (`{"enable_thinking":false}` for DashScope, `{"thinking":{"type":"disabled"}}` for
   * DeepSeek, `{"chat_template_kwargs":{"enable_thinking":false}}` for vLLM). See the README.
   */
  LLM_EXTRA_BODY: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      try {
        const v = JSON.parse(s);
        if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"enable_thinking":false}' });
      return z.NEVER;
    }),
  /**
   * Which proxies in front of the server may tell the client's address in X-Forwarded-For, as
   * Express's `trust proxy`: unset trusts none (the socket's peer is the client); a hop count
   * (`1`: one proxy, whatever its address); or addresses / CIDR ranges and the names `loopback`,
   * `linklocal`, `uniquelocal`. The client is the rightmost address that is not a trusted proxy;
   * every per-address limit (chat, login) counts that address. `true` is refused.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((s, ctx) => {
      try {
        return parseTrustedProxies(s);
      } catch (e) {
        if (!(e instanceof TrustedProxiesError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message });
        return z.NEVER;
      }
    }),
  CHAT_SESSIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
  CHAT_MESSAGES_PER_SESSION_PER_MINUTE: z.coerce.number().int().min(1).default(12),
  CHAT_MESSAGES_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  STAFF_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  /** Secure cookies: `auto` sets them when the request came over HTTPS (directly or via X-Forwarded-Proto). */
  SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; unset, restrict it at the proxy. */
  METRICS_TOKEN: z
    .string()
    .min(16, 'at least 16 characters')
    // RFC 6750's token68, all that Hono's bearerAuth accepts in the header: any other character could never match.
    .regex(/^[A-Za-z0-9._~+/-]+=*$/, 'only letters, digits and - . _ ~ + / (then = padding)')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  VACANCY_FEED_URL: optionalUrl,
  VACANCY_FEED_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  DEMO_DATA_ON_START: bool.default(true),
  /** 主动服务: how often the proactive scan runs over the ledger; 0 turns the schedule off. */
  OUTREACH_SCAN_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  /** 督导抽样: how many assistant answers of each day the review queue samples. */
  REVIEW_SAMPLE_SIZE: z.coerce.number().int().min(0).max(1000).default(20),
  /** Anonymous conversations inactive this many days are anonymised (server/privacy/retention.ts). */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Origins of sites that embed the widget and call the public API from the browser (CORS). */
  CORS_ORIGINS: list(ORIGIN, 'not an origin (https://host[:port])').default([]),
  /** Who may frame the seeker page / widget (CSP frame-ancestors); the staff console never. */
  WIDGET_FRAME_ANCESTORS: list(FRAME_SOURCE, "not a frame-ancestors source ('self', 'none' or https://host)").default(["'self'"]),
  /** The counsellors' duty hours (server/wait/duty-hours.ts); unset: the configurable default server/wait/duty-hours.json. */
  DUTY_HOURS_FILE: z.string().optional(),
}).superRefine((c, ctx) => {
  if (c.EMBEDDINGS_BASE_URL && !c.EMBEDDINGS_MODEL) {
    ctx.addIssue({ code: 'custom', path: ['EMBEDDINGS_MODEL'], message: 'is required when EMBEDDINGS_BASE_URL is set' });
  }
  if (c.WIDGET_FRAME_ANCESTORS.includes("'none'") && c.WIDGET_FRAME_ANCESTORS.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['WIDGET_FRAME_ANCESTORS'], message: "'none' cannot be combined with other sources" });
  }
  if (c.LLM_BASE_URL && !c.LLM_MODEL) {
    ctx.addIssue({ code: 'custom', path: ['LLM_MODEL'], message: 'is required when LLM_BASE_URL is set' });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

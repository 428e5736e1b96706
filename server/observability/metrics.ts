import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics, kept by prom-client in a registry of each app instance (never
 * prom-client's global registry: tests make many apps in one process). `render()` answers the text
 * exposition format with the process's own metrics (CPU, memory, event-loop lag, GC: prom-client's
 * default metrics) after the service's.
 *
 * The names, label names and help texts are what dashboards and alerts read: keep them. Labels are
 * written in name order (prom-client writes them in the order first given).
 */
type Labels<L extends string> = Record<L, string>;

const inNameOrder = <L extends string>(labels: Labels<L>): Labels<L> =>
  Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as Labels<L>;

function counter<L extends string = never>(registry: Registry, name: string, help: string, labelNames: L[] = []) {
  const c = new Counter<L>({ name, help, labelNames, registers: [registry] });
  return { inc: (labels: Labels<L> = {} as Labels<L>, by = 1) => c.inc(inNameOrder(labels), by) };
}

function histogram<L extends string = never>(registry: Registry, name: string, help: string, labelNames: L[], buckets: number[]) {
  const h = new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] });
  return { observe: (labels: Labels<L>, seconds: number) => h.observe(inNameOrder(labels), seconds) };
}

/** A counter whose monotonic totals are kept elsewhere and read at each scrape. */
function sourcedCounter<L extends string>(registry: Registry, name: string, help: string, labelNames: L[], read: () => { labels: Labels<L>; value: number }[]) {
  new Counter<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, value } of read()) this.inc(inNameOrder(labels), value);
    },
  });
}

/** A gauge read at each scrape; keeps its last value while the source is briefly unavailable. */
function readGauge(registry: Registry, name: string, help: string, read: () => Promise<number> | number) {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      try {
        this.set(await read());
      } catch {
        /* keep the last value */
      }
    },
  });
}

let processRegistry: Registry | undefined;
/**
 * The process's metrics, one registry per process: collectDefaultMetrics starts a GC observer and
 * an event-loop delay monitor that cannot be stopped, so it runs once, however many apps are made.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What the embeddings client counted since start (EmbeddingUsage of server/embeddings/embedder.ts). */
type EmbeddingTotals = Record<'requests' | 'inputs' | 'tokens', Record<string, number>>;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The service's metrics, one registry per app instance. */
export function createMetrics(queueLength: () => Promise<number>, sources: { embeddingUsage?: () => EmbeddingTotals | undefined } = {}) {
  const registry = new Registry();
  const usage = (key: keyof EmbeddingTotals) => () => Object.entries(sources.embeddingUsage?.()?.[key] ?? {}).map(([use, value]) => ({ labels: { use }, value }));
  const metrics = {
    httpRequests: counter(registry, 'http_requests_total', 'HTTP requests by route pattern, method and status', ['route', 'method', 'status']),
    httpDuration: histogram(registry, 'http_request_duration_seconds', 'HTTP request duration by route pattern', ['route', 'method'], SECONDS),
    turnStep: histogram(registry, 'chat_turn_step_duration_seconds', 'Chat turn duration by pipeline step', ['step'], SECONDS),
    firstDelta: histogram(registry, 'chat_turn_first_delta_seconds', 'Chat turn time from its start to the first streamed text', [], SECONDS),
    turns: counter(registry, 'chat_turns_total', 'Chat turns by final status', ['status']),
    toolCalls: counter(registry, 'chat_tool_calls_total', 'Agent tool calls by tool', ['tool']),
    modelErrors: counter(registry, 'chat_model_errors_total', 'Remote model failures (each fell back to the offline model or failed the turn)'),
    handoffs: counter(registry, 'chat_handoffs_total', 'Conversations handed to a counsellor'),
    embeddingFallbacks: counter(
      registry,
      'embeddings_query_fallbacks_total',
      'Searches that went on by full-text alone because the query embedding failed, by use (clauses, vacancies, courses) and reason (error, timeout, cooling_down)',
      ['use', 'reason'],
    ),
  };
  sourcedCounter(registry, 'embeddings_requests_total', 'Requests to the remote embeddings model, by use (documents, query, probe)', ['use'], usage('requests'));
  sourcedCounter(registry, 'embeddings_inputs_total', 'Texts sent to the remote embeddings model, by use', ['use'], usage('inputs'));
  sourcedCounter(registry, 'embeddings_tokens_total', 'Tokens the remote embeddings model reported (usage.prompt_tokens), by use', ['use'], usage('tokens'));
  readGauge(registry, 'case_queue_length', 'Cases waiting in the counsellor queue', queueLength);
  const exposed = Registry.merge([registry, processMetrics()]);
  return {
    ...metrics,
    /** The Content-Type of `render()`'s text (the Prometheus text format 0.0.4). */
    contentType: exposed.contentType,
    render: (): Promise<string> => exposed.metrics(),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/**
 * A small Prometheus registry (text exposition format 0.0.4): counters, gauges and histograms with
 * labels. Enough for this service's handful of metrics without another dependency.
 */
type Labels = Record<string, string>;
const key = (labels: Labels) => JSON.stringify(Object.entries(labels).sort());
const fmtLabels = (labels: Labels, extra: Labels = {}) => {
  const all = { ...labels, ...extra };
  const parts = Object.entries(all).sort(([a], [b]) => (a === "le" ? 1 : b === "le" ? -1 : a.localeCompare(b))).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};

interface Metric {
  render(): string;
}

export class Counter implements Metric {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(readonly name: string, readonly help: string) {}
  inc(labels: Labels = {}, by = 1) {
    const k = key(labels);
    const v = this.values.get(k) ?? { labels, value: 0 };
    v.value += by;
    this.values.set(k, v);
  }
  get(labels: Labels = {}) {
    return this.values.get(key(labels))?.value ?? 0;
  }
  render() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) lines.push(`${this.name}${fmtLabels(labels)} ${value}`);
    return lines.join('\n');
  }
}

export class Gauge implements Metric {
  constructor(readonly name: string, readonly help: string, private readonly read: () => Promise<number> | number) {}
  private last = 0;
  async collect() {
    try {
      this.last = await this.read();
    } catch {
      /* keep the last value when the source is briefly unavailable */
    }
  }
  render() {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.last}`].join('\n');
  }
}

export class Histogram implements Metric {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string, readonly buckets: number[]) {}
  observe(labels: Labels, value: number) {
    const k = key(labels);
    const s = this.series.get(k) ?? { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    this.buckets.forEach((b, i) => {
      if (value <= b) s.counts[i]!++;
    });
    s.sum += value;
    s.count++;
    this.series.set(k, s);
  }
  render() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket${fmtLabels(s.labels, { le: String(b) })} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket${fmtLabels(s.labels, { le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${fmtLabels(s.labels)} ${s.sum}`);
      lines.push(`${this.name}_count${fmtLabels(s.labels)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** A counter whose values are kept elsewhere (monotonic totals read at each scrape). */
export class SourcedCounter implements Metric {
  constructor(readonly name: string, readonly help: string, private readonly read: () => { labels: Labels; value: number }[]) {}
  render() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.read()) lines.push(`${this.name}${fmtLabels(labels)} ${value}`);
    return lines.join('\n');
  }
}

/** What the embeddings client counted since start (EmbeddingUsage of server/embeddings/embedder.ts). */
type EmbeddingTotals = Record<'requests' | 'inputs' | 'tokens', Record<string, number>>;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The service's metrics, one registry per app instance. */
export function createMetrics(queueLength: () => Promise<number>, sources: { embeddingUsage?: () => EmbeddingTotals | undefined } = {}) {
  const usage = (key: keyof EmbeddingTotals) => () => Object.entries(sources.embeddingUsage?.()?.[key] ?? {}).map(([use, value]) => ({ labels: { use }, value }));
  const m = {
    httpRequests: new Counter('http_requests_total', 'HTTP requests by route pattern, method and status'),
    httpDuration: new Histogram('http_request_duration_seconds', 'HTTP request duration by route pattern', SECONDS),
    turnStep: new Histogram('chat_turn_step_duration_seconds', 'Chat turn duration by pipeline step', SECONDS),
    firstDelta: new Histogram('chat_turn_first_delta_seconds', 'Chat turn time from its start to the first streamed text', SECONDS),
    turns: new Counter('chat_turns_total', 'Chat turns by final status'),
    toolCalls: new Counter('chat_tool_calls_total', 'Agent tool calls by tool'),
    modelErrors: new Counter('chat_model_errors_total', 'Remote model failures (each fell back to the offline model or failed the turn)'),
    handoffs: new Counter('chat_handoffs_total', 'Conversations handed to a counsellor'),
    embeddingFallbacks: new Counter('embeddings_query_fallbacks_total', 'Searches that went on by full-text alone because the query embedding failed, by use (clauses, vacancies, courses) and reason (error, timeout, cooling_down)'),
    embeddingRequests: new SourcedCounter('embeddings_requests_total', 'Requests to the remote embeddings model, by use (documents, query, probe)', usage('requests')),
    embeddingInputs: new SourcedCounter('embeddings_inputs_total', 'Texts sent to the remote embeddings model, by use', usage('inputs')),
    embeddingTokens: new SourcedCounter('embeddings_tokens_total', 'Tokens the remote embeddings model reported (usage.prompt_tokens), by use', usage('tokens')),
    queueLength: new Gauge('case_queue_length', 'Cases waiting in the counsellor queue', queueLength),
  };
  return {
    ...m,
    async render(): Promise<string> {
      await m.queueLength.collect();
      return `${Object.values(m).map((x) => x.render()).join('\n')}\n`;
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

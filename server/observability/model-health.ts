import type { ChatModels } from '../agent/models/index.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { coolingDown } from '../embeddings/query.ts';
import { safeErrorMessage } from '../log.ts';

/**
 * Whether the configured models answer, for /healthz. Two sources, both shown:
 * - a probe, at most once per interval and cached between (a load balancer polling /healthz must
 *   not turn into model traffic): for the chat model `GET {LLM_BASE_URL}/models` — it costs no
 *   tokens and shows the server is up and takes the key; for the embeddings model one tiny
 *   embedding request;
 * - what real traffic last saw: the last turn's remote call (answered, or the cause it fell back
 *   for), and whether a seeker's query embedding failed within the cool-down.
 * A failing model does not make the service unready: every turn still has the offline model and
 * full-text retrieval. `status` says `degraded` so monitoring can tell.
 */
export interface ProbeResult {
  /** true: answered within the timeout; false: did not (see `error`). */
  answers: boolean;
  checkedAt: string;
  error?: string;
}

export interface ModelHealthReport {
  chat: { model: string; remote: boolean; probe?: ProbeResult; lastTurn?: { answered: boolean; at: string; cause?: string } };
  embeddings: { model: string; remote: boolean; probe?: ProbeResult; queriesFailing: boolean };
  degraded: boolean;
}

export interface ModelHealthOptions {
  models: ChatModels;
  embedder: Embedder;
  /** 0: never probe (only what traffic saw). */
  intervalMs: number;
  timeoutMs: number;
  now?: () => number;
}

export function createModelHealth(opts: ModelHealthOptions) {
  const now = opts.now ?? Date.now;
  const cache = new Map<'chat' | 'embeddings', { at: number; result: Promise<ProbeResult> }>();

  const probe = (which: 'chat' | 'embeddings', run: () => Promise<void>): Promise<ProbeResult> | undefined => {
    if (opts.intervalMs <= 0) return undefined;
    const hit = cache.get(which);
    if (hit && now() - hit.at < opts.intervalMs) return hit.result;
    const checkedAt = new Date(now()).toISOString();
    const result = run().then(
      (): ProbeResult => ({ answers: true, checkedAt }),
      (e): ProbeResult => ({ answers: false, checkedAt, error: safeErrorMessage(e).slice(0, 200) }),
    );
    cache.set(which, { at: now(), result });
    return result;
  };

  return {
    async report(): Promise<ModelHealthReport> {
      const { models, embedder } = opts;
      const chatProbe = models.probe ? probe('chat', () => models.probe!(opts.timeoutMs)) : undefined;
      const embeddingsProbe = embedder.remote ? probe('embeddings', () => embedder.remote!.probe(opts.timeoutMs)) : undefined;
      const [chat, embeddings] = await Promise.all([chatProbe, embeddingsProbe]);
      const lastTurn = models.lastRemoteTurn?.();
      const queriesFailing = embedder.remote ? coolingDown(embedder, now()) : false;
      const degraded = chat?.answers === false || embeddings?.answers === false || lastTurn?.answered === false || queriesFailing;
      return {
        chat: { model: models.name, remote: models.remote, ...(chat ? { probe: chat } : {}), ...(lastTurn ? { lastTurn } : {}) },
        embeddings: { model: embedder.model, remote: !!embedder.remote, ...(embeddings ? { probe: embeddings } : {}), queriesFailing },
        degraded,
      };
    },
  };
}

export type ModelHealth = ReturnType<typeof createModelHealth>;

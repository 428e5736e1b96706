/**
 * A list kept fresh by a live stream: load it, then reload whenever the stream says something
 * changed (the stream carries ids, the list route carries the rows). Reconnects with Last-Event-ID.
 */
import { createSignal, onCleanup } from 'solid-js';
import { ApiError } from '../api/client.ts';
import { SseParser } from '../api/sse.ts';

const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export function createLiveList<T>(
  load: () => Promise<T>,
  events: (opts: { signal: AbortSignal; parser: SseParser; lastEventId?: string }) => AsyncGenerator<{ type: string; payload: Record<string, unknown> }>,
  onEvent?: (e: { type: string; payload: Record<string, unknown> }) => void,
) {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<ApiError | Error>();
  const [live, setLive] = createSignal<'on' | 'retrying' | 'off'>('off');
  const abort = new AbortController();
  let pending: Promise<void> | undefined;

  const refresh = () =>
    (pending ??= load()
      .then((d) => {
        setData(() => d);
        setError(undefined);
      })
      .catch((e: Error) => {
        setError(e);
      })
      .finally(() => (pending = undefined)));

  void (async () => {
    await refresh();
    if (error() instanceof ApiError && (error() as ApiError).unavailable) return;
    const parser = new SseParser();
    let attempt = 0;
    while (!abort.signal.aborted) {
      try {
        setLive('on');
        for await (const e of events({ signal: abort.signal, parser, lastEventId: parser.lastEventId })) {
          attempt = 0;
          onEvent?.(e);
          void refresh();
        }
      } catch (e) {
        if (abort.signal.aborted || (e instanceof ApiError && (e.status === 401 || e.unavailable))) break;
      }
      if (abort.signal.aborted) break;
      setLive('retrying');
      await new Promise((r) => setTimeout(r, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]));
      void refresh();
    }
    setLive('off');
  })();

  onCleanup(() => abort.abort());
  return { data, error, live, refresh };
}

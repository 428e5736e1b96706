import { parseSse } from './sse.ts';

export interface SseEvent {
  event: string;
  data: any;
  id?: string;
}

/**
 * Reads a text/event-stream response as it arrives (the app in-process or a real server over HTTP):
 * `next(match)` waits for the first unread event that matches, `close()` cancels the stream the way
 * a browser closing the page would.
 */
export function readEvents(res: Response) {
  if (!res.body) throw new Error(`no event stream (status ${res.status})`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let consumed = 0;
  let buffer = '';
  let closed = false;
  let waiters: (() => void)[] = [];
  const pump = (async () => {
    try {
      while (true) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const cut = buffer.lastIndexOf('\n\n');
        if (cut < 0) continue;
        events.push(...parseSse(buffer.slice(0, cut + 2)).filter((e) => e.event !== 'ping'));
        buffer = buffer.slice(cut + 2);
        waiters.forEach((w) => w());
        waiters = [];
      }
    } catch {
      // cancelled
    } finally {
      closed = true;
      waiters.forEach((w) => w());
    }
  })();

  return {
    events,
    /** The first event after the last one `next` returned that satisfies `match`. */
    async next(match: (e: SseEvent) => boolean | undefined = () => true, timeoutMs = 10_000): Promise<SseEvent> {
      const deadline = Date.now() + timeoutMs;
      while (true) {
        for (let i = consumed; i < events.length; i++) {
          if (match(events[i]!)) {
            consumed = i + 1;
            return events[i]!;
          }
        }
        if (closed) throw new Error(`stream closed; events: ${JSON.stringify(events.map((e) => e.event))}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out; events so far: ${JSON.stringify(events.map((e) => [e.event, e.data]))}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async close() {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

export const isEvent = (name: string, where: (data: any) => boolean = () => true) => (e: SseEvent) => e.event === name && where(e.data);

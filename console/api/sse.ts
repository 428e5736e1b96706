import { createParser, type EventSourceParser } from 'eventsource-parser';

/**
 * Server-sent events read with fetch, because EventSource cannot send the Authorization header the
 * chat routes need. `SseParser` reads the text/event-stream grammar (WHATWG HTML §9.2.6) fed in
 * arbitrary chunks, with eventsource-parser; `readSse` drives it from a Response body.
 */

export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export class SseParser {
  /** The last id seen, kept across messages (the Last-Event-ID to reconnect with). */
  lastEventId: string | undefined;
  private done: SseMessage[] = [];
  private readonly parser: EventSourceParser = createParser({
    onEvent: (e) => {
      // eventsource-parser gives each event only its own id; the spec's last event ID carries over.
      if (e.id !== undefined) this.lastEventId = e.id;
      const message: SseMessage = { event: e.event || 'message', data: e.data };
      if (this.lastEventId !== undefined) message.id = this.lastEventId;
      this.done.push(message);
    },
  });

  /** Feeds a chunk of decoded text; returns the messages it completed. */
  push(chunk: string): SseMessage[] {
    this.parser.feed(chunk);
    const out = this.done;
    this.done = [];
    return out;
  }

  /** Ends the stream: a message without its closing blank line is dropped, as the spec says. */
  end(): SseMessage[] {
    this.parser.reset();
    this.done = [];
    return [];
  }
}

/** Yields each event of a text/event-stream response until it ends or `signal` aborts. */
export async function* readSse(response: Response, parser = new SseParser()): AsyncGenerator<SseMessage> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(value);
    }
    finished = true;
    yield* parser.end();
  } finally {
    // The consumer stopped early (or the read failed): close the connection instead of leaving it open.
    if (!finished) await reader.cancel().catch(() => {});
  }
}

/** Parses an event's JSON data; undefined for data that is not JSON. */
export function jsonData<T>(message: SseMessage): T | undefined {
  try {
    return JSON.parse(message.data) as T;
  } catch {
    return undefined;
  }
}

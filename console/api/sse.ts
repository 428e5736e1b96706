/**
 * Server-sent events read with fetch, because EventSource cannot send the Authorization header the
 * chat routes need. `SseParser` is the text/event-stream grammar (WHATWG HTML §9.2.6) fed in
 * arbitrary chunks; `readSse` drives it from a Response body.
 */

export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private hasData = false;
  /** The last id seen, kept across messages (the Last-Event-ID to reconnect with). */
  lastEventId: string | undefined;

  /** Feeds a chunk of decoded text; returns the messages it completed. */
  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const out: SseMessage[] = [];
    // A line ends at CRLF, LF or CR; a CR at the very end may be the first half of a CRLF.
    for (;;) {
      const m = /\r\n|\n|\r/.exec(this.buffer);
      if (!m) break;
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, m.index);
      this.buffer = this.buffer.slice(m.index + m[0].length);
      const message = this.line(line);
      if (message) out.push(message);
    }
    return out;
  }

  /** Ends the stream: a message without its closing blank line is dropped, as the spec says. */
  end(): SseMessage[] {
    this.buffer = '';
    this.reset();
    return [];
  }

  private line(line: string): SseMessage | undefined {
    if (line === '') {
      if (!this.hasData) {
        this.reset();
        return undefined;
      }
      const message: SseMessage = { event: this.event || 'message', data: this.data.join('\n') };
      if (this.lastEventId !== undefined) message.id = this.lastEventId;
      this.reset();
      return message;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') {
      this.data.push(value);
      this.hasData = true;
    } else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
    return undefined;
  }

  private reset() {
    this.event = '';
    this.data = [];
    this.hasData = false;
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

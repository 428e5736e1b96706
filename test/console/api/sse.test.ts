import { describe, expect, test } from 'vitest';
import { readSse, SseParser } from '../../../console/api/sse.ts';

describe('SseParser', () => {
  test('reads named events with JSON data and ids', () => {
    const p = new SseParser();
    const out = p.push('event: delta\ndata: {"text":"你好"}\nid: 1\n\nevent: done\ndata: {"text":"完"}\nid: 2\n\n');
    expect(out).toEqual([
      { event: 'delta', data: '{"text":"你好"}', id: '1' },
      { event: 'done', data: '{"text":"完"}', id: '2' },
    ]);
    expect(p.lastEventId).toBe('2');
  });

  test('an event split across chunks anywhere, even inside a line or a CRLF, comes out once', () => {
    const text = 'event: tool\r\ndata: {"name":"check_eligibility"}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const p = new SseParser();
      const out = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut))];
      expect(out, `cut at ${cut}`).toEqual([{ event: 'tool', data: '{"name":"check_eligibility"}' }]);
    }
  });

  test('multi-line data is joined with newlines; comments and unknown fields are ignored', () => {
    const p = new SseParser();
    expect(p.push(': keep-alive\nretry: 1000\ndata: 第一行\ndata: 第二行\nfoo: bar\n\n')).toEqual([{ event: 'message', data: '第一行\n第二行' }]);
  });

  test('a blank line without data dispatches nothing; a trailing event without its blank line is dropped', () => {
    const p = new SseParser();
    expect(p.push('event: ping\n\n')).toEqual([]);
    expect(p.push('event: done\ndata: {}\n')).toEqual([]);
    expect(p.end()).toEqual([]);
  });

  test('the last event id carries over to events without one, and across end()', () => {
    const p = new SseParser();
    expect(p.push('event: delta\ndata: a\nid: 7\n\nevent: ping\ndata: {}\n\n')).toEqual([
      { event: 'delta', data: 'a', id: '7' },
      { event: 'ping', data: '{}', id: '7' },
    ]);
    p.end();
    expect(p.lastEventId).toBe('7');
    expect(p.push('data: b\n\n')).toEqual([{ event: 'message', data: 'b', id: '7' }]);
  });

  test('the space after the colon is optional and only one is removed', () => {
    const p = new SseParser();
    expect(p.push('data:a\n\ndata:  b\n\n')).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: ' b' },
    ]);
  });
});

describe('readSse', () => {
  test('yields the events of a streamed response body, decoding UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"补贴"}\n\nevent: done\ndata: {"text":"x"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside the three bytes of “补”.
        controller.enqueue(bytes.slice(0, 28));
        controller.enqueue(bytes.slice(28));
        controller.close();
      },
    });
    const events = [];
    for await (const e of readSse(new Response(body))) events.push(e);
    expect(events.map((e) => [e.event, JSON.parse(e.data).text])).toEqual([
      ['delta', '补贴'],
      ['done', 'x'],
    ]);
  });
});

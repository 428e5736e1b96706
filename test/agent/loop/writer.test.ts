import { describe, expect, it } from 'vitest';
import { AnswerWriter } from '../../../server/agent/loop/writer.ts';
import type { TurnContext, TurnEvent } from '../../../server/agent/context.ts';

const clause = { clauseId: 'yb2022-38:2.5.3', title: '求职创业补贴', text: '给予每人500元的一次性求职创业补贴。', score: 1 };

function writerFor(opts: { holdBack?: boolean } = {}) {
  const events: TurnEvent[] = [];
  const ctx = {
    deps: { holdBack: opts.holdBack },
    retrieved: [clause],
    toolCalls: [{ name: 'check_eligibility', input: {}, output: { benefits: [{ code: 'job_search_startup_subsidy', status: 'eligible', amount: 500 }], citations: ['yb2022-38:2.5.3'] } }],
    startedAt: Date.now(),
    emit: (e: TurnEvent) => events.push(e),
  } as unknown as TurnContext;
  const shown = () => events.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text).join('');
  return { writer: new AnswerWriter(ctx), events, shown };
}

describe('the stream hold-back (ADR 0014)', () => {
  it('streams text without figures before its sentence ends', async () => {
    const { writer, shown } = writerFor();
    await writer.startReply();
    writer.write('您好，关于求职创业补贴的办理');
    expect(shown().length).toBeGreaterThan(0);
    expect('您好，关于求职创业补贴的办理').toContain(shown());
  });

  it('holds a sentence with a figure until it ends and is borne out, then releases it', async () => {
    const { writer, shown } = writerFor();
    await writer.startReply();
    writer.write('您可以领取5');
    expect(shown()).not.toContain('5');
    writer.write('00元求职创业补贴【yb2022-38:2.5.3】。');
    expect(shown()).toBe('您可以领取500元求职创业补贴【yb2022-38:2.5.3】。');
  });

  it('never shows a figure the evidence does not bear, nor anything after it', async () => {
    const { writer, shown } = writerFor();
    await writer.startReply();
    for (const piece of ['先说结论：', '您可领取100', '00元。', '另外还可以', '申请培训。']) writer.write(piece);
    writer.endReply();
    expect('先说结论：').toContain(shown());
    expect(shown()).not.toMatch(/1|元|培训/);
  });

  it('with the hold-back off (to measure its cost) everything streams as it comes', async () => {
    const { writer, shown } = writerFor({ holdBack: false });
    await writer.startReply();
    writer.write('您可领取10000元');
    expect(shown()).toBe('您可领取10000元');
  });

  it('reset tells the client when something was shown, and always for a fallback', async () => {
    const a = writerFor();
    a.writer.reset('tool_limit');
    expect(a.events).toEqual([]);
    a.writer.reset('fallback');
    expect(a.events.map((e) => e.event)).toEqual(['reset']);
    const b = writerFor();
    await b.writer.startReply();
    b.writer.write('好的。');
    b.writer.reset('fallback');
    expect(b.events.map((e) => e.event)).toEqual(['delta', 'reset']);
  });
});

import type { TurnContext } from '../context.ts';
import { type Verifier, turnVerifier } from './verify.ts';

/** Where a sentence ends: what the hold-back checks at a time. */
const SENTENCE_END = /[。！？!?\n]/;
/** Characters kept back at the end of an unfinished sentence: a figure or a claim may be starting. */
const LOOKAHEAD = 4;

/**
 * The answer as the seeker sees it while the model writes (ADR 0002, revised by ADR 0014). Text
 * streams as it comes until a sentence holds a figure or an eligibility claim; that sentence is
 * held until it ends and is checked against the turn's evidence, then released — or, when it
 * fails, nothing more is shown and the checked answer arrives with `done`. So no figure or claim
 * that grounding would remove is ever on screen.
 *
 * `reset` tells the client to discard what was shown: when the remote model is replaced by the
 * offline one, when its tool rounds run out, or when text turns out to have been reasoning.
 */
export class AnswerWriter {
  /** The answer so far: finished replies, then the one being written. */
  private done = '';
  private current = '';
  /** How much of `full` has been sent, and where the sentence being written began. */
  private sent = 0;
  private sentenceStart = 0;
  private blocked = false;
  private verifier: Verifier | undefined;

  private holdBack: boolean;

  constructor(private readonly ctx: TurnContext) {
    this.holdBack = ctx.deps.holdBack !== false;
  }

  private get full() {
    return this.done && this.current ? `${this.done.trimEnd()}\n\n${this.current.trimStart()}` : this.done + this.current;
  }

  /**
   * Before each model reply: the evidence the tools have added so far. `checked` is false for the
   * offline model, whose text is composed from that evidence and streams as it comes.
   */
  async startReply(checked = true) {
    this.holdBack = checked && this.ctx.deps.holdBack !== false;
    if (this.holdBack) this.verifier = await turnVerifier(this.ctx);
  }

  write(text: string) {
    this.current += text;
    this.release(false);
  }

  /** The reply ended: its last sentence is whole even without a full stop. */
  endReply() {
    this.release(true);
    this.done = this.full.trimEnd();
    this.current = '';
    this.sent = Math.min(this.sent, this.done.length);
    this.sentenceStart = Math.min(this.sentenceStart, this.done.length);
  }

  /** What was shown of this reply was reasoning: show the earlier replies again without it. */
  withdrawReply() {
    const before = this.done;
    const shownOfThisReply = this.sent > before.length;
    this.current = '';
    if (!shownOfThisReply) return;
    this.reset('reasoning');
    this.done = before;
    this.release(true);
  }

  /**
   * Everything shown so far is withdrawn; the client clears the answer. A fallback is always
   * announced, shown text or not (the tools the remote model ran were sent as `tool` events).
   */
  reset(reason: 'fallback' | 'tool_limit' | 'reasoning' | 'grounding') {
    if (reason === 'fallback' || this.sent > 0 || this.ctx.shownText) this.ctx.emit({ event: 'reset', data: { reason } });
    this.done = '';
    this.current = '';
    this.sent = 0;
    this.sentenceStart = 0;
    this.blocked = false;
    this.ctx.shownText = '';
  }

  private release(final: boolean) {
    if (this.blocked) return;
    const full = this.full;
    let upTo = this.sent;
    for (;;) {
      const rest = full.slice(this.sentenceStart);
      const m = SENTENCE_END.exec(rest);
      if (!m) break;
      const end = this.sentenceStart + m.index + 1;
      if (!this.passes(full.slice(this.sentenceStart, end))) {
        this.blocked = true;
        break;
      }
      upTo = end;
      this.sentenceStart = end;
    }
    if (!this.blocked) {
      const open = full.slice(this.sentenceStart);
      if (final) {
        if (open && !this.passes(open)) this.blocked = true;
        else upTo = full.length;
      } else if (!this.holdBack) {
        upTo = full.length;
      } else if (!this.verifier?.needsCheck(open)) {
        // Stream freely within a sentence until a figure or a claim begins in it.
        upTo = Math.max(upTo, full.length - LOOKAHEAD);
      }
    }
    this.emitUpTo(full, upTo);
  }

  private passes(sentence: string): boolean {
    if (!this.holdBack || !this.verifier || !this.verifier.needsCheck(sentence)) return true;
    return this.verifier.verify(sentence);
  }

  private emitUpTo(full: string, upTo: number) {
    if (upTo <= this.sent) return;
    const text = full.slice(this.sent, upTo);
    this.sent = upTo;
    this.ctx.shownText = (this.ctx.shownText ?? '') + text;
    if (this.ctx.firstDeltaMs === undefined) firstDelta(this.ctx);
    this.ctx.emit({ event: 'delta', data: { text } });
  }
}

function firstDelta(ctx: TurnContext) {
  const ms = ctx.startedAtPerf === undefined ? Date.now() - ctx.startedAt : performance.now() - ctx.startedAtPerf;
  ctx.firstDeltaMs = Math.round(ms * 10) / 10;
  ctx.deps.metrics?.firstDelta.observe({}, ms / 1000);
}

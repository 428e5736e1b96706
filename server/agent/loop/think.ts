/**
 * Reasoning that a model writes into its content (Qwen3 and QwQ on vLLM or Ollama without a
 * reasoning parser): `<think>…</think>` blocks, and a dangling `</think>` whose opening tag was in
 * the chat template. None of it is shown, stored or grounded; it is kept apart as reasoning.
 *
 * The filter works on a stream: a tag split over chunks (`<thi` + `nk>`) is held until it is whole.
 */
const OPEN = '<think>';
const CLOSE = '</think>';

export class ThinkFilter {
  private buffer = '';
  private inside: boolean;
  /** A dangling `</think>` was seen. */
  sawDangling = false;
  /** A block was opened or closed by a tag (so the assumed opening of `reasoningFirst` was right). */
  private opened = false;
  /** Text shown so far; a dangling `</think>` means it was reasoning after all. */
  private shown = '';
  reasoning = '';

  /**
   * `reasoningFirst`: the content is known to open inside a reasoning block (a template that writes
   * `<think>` into the prompt): nothing is shown before the first `</think>` — unless the reply
   * ends without one, when what was held is the answer after all.
   */
  constructor(private readonly reasoningFirst = false) {
    this.inside = reasoningFirst;
  }

  /**
   * Feeds a piece of content; returns the text to show now, and whether what was shown before
   * turned out to be reasoning (a dangling `</think>`), in which case the caller withdraws it.
   */
  push(piece: string): { text: string; withdrawn: boolean } {
    this.buffer += piece;
    let text = '';
    let withdrawn = false;
    for (;;) {
      if (this.inside) {
        const end = this.buffer.indexOf(CLOSE);
        if (end < 0) {
          const keep = partialTagLength(this.buffer, CLOSE);
          this.reasoning += this.buffer.slice(0, this.buffer.length - keep);
          this.buffer = this.buffer.slice(this.buffer.length - keep);
          break;
        }
        this.reasoning += this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + CLOSE.length);
        this.inside = false;
        this.opened = true;
        continue;
      }
      const open = this.buffer.indexOf(OPEN);
      const close = this.buffer.indexOf(CLOSE);
      if (close >= 0 && (open < 0 || close < open)) {
        // A dangling close: everything before it, shown or not, was reasoning.
        this.sawDangling = true;
        this.reasoning += this.shown + text + this.buffer.slice(0, close);
        withdrawn ||= this.shown.length > 0;
        this.shown = '';
        text = '';
        this.buffer = this.buffer.slice(close + CLOSE.length);
        continue;
      }
      if (open >= 0) {
        text += this.buffer.slice(0, open);
        this.buffer = this.buffer.slice(open + OPEN.length);
        this.inside = true;
        this.opened = true;
        continue;
      }
      const keep = Math.max(partialTagLength(this.buffer, OPEN), partialTagLength(this.buffer, CLOSE));
      text += this.buffer.slice(0, this.buffer.length - keep);
      this.buffer = this.buffer.slice(this.buffer.length - keep);
      break;
    }
    // Leading whitespace after a reasoning block is not part of the answer.
    if (!this.shown) text = text.replace(/^\s+/, '');
    this.shown += text;
    return { text, withdrawn };
  }

  /**
   * The end of the content: a tag fragment left over is text; an unclosed block stays reasoning —
   * except the one `reasoningFirst` assumed, which never closed: that was the answer.
   */
  end(): string {
    let rest = this.buffer;
    if (this.inside && this.reasoningFirst && !this.opened) {
      rest = this.reasoning + this.buffer;
      this.reasoning = '';
    } else if (this.inside) {
      this.reasoning += this.buffer;
      rest = '';
    }
    this.buffer = '';
    this.inside = false;
    this.shown += rest;
    return rest;
  }
}

/** How many characters at the end of `text` could be the start of `tag`. */
function partialTagLength(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) if (tag.startsWith(text.slice(-n))) return n;
  return 0;
}

/** The whole-text form: what is left of an answer without its reasoning. */
export function stripThink(text: string): string {
  const f = new ThinkFilter();
  return (f.push(text).text + f.end()).trim();
}

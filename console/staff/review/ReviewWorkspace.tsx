import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { type QueueItem, reviewItem } from '../../api/review.ts';
import { MessageText } from '../../components/MessageText.tsx';
import { t, zh } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { behindDialog, isTyping, RubricForm } from '../RubricForm.tsx';
import { CitedClauses } from './CitedClauses.tsx';
import { GroundingPanel } from './GroundingPanel.tsx';

const a = t.staff.audit;
const w = zh.review.workspace;
const reasonLabel = (r: string) => (zh.review.reasons as Record<string, string>)[r] ?? r;

/**
 * The review queue one answer at a time: the answer with its question and the messages before it,
 * the grounding check's result and the cited clauses' texts beside the rubric. J/→ and K/← move
 * between answers; the rubric takes 1–5, ↑/↓ and Enter. A scored answer stays in the list (marked)
 * and the next unscored one comes up with a word saying so; when none is left, the page says that.
 */
export function ReviewWorkspace(props: { items: QueueItem[]; paused?: boolean; /** Answers scored elsewhere on the page (the full-conversation dialog). */ scoredElsewhere?: ReadonlySet<string>; onScored: () => void; onReload: () => void; onOpenConversation: (conversationId: string) => void; onCite: (id: string) => void }) {
  const [index, setIndex] = createSignal(0);
  const [scoredHere, setScored] = createSignal<ReadonlySet<string>>(new Set());
  const scored = () => (props.scoredElsewhere?.size ? new Set([...scoredHere(), ...props.scoredElsewhere]) : scoredHere());
  const [note, setNote] = createSignal<string>();
  const current = createMemo(() => props.items[index()]);
  const [detail] = createResource(() => current()?.messageId, (id) => reviewItem(id).catch((e: Error) => e));
  // the resource keeps the last value while the next loads: only the current answer's detail counts
  const loaded = () => {
    const v = detail();
    return v && !(v instanceof Error) && v.messageId === current()?.messageId ? v : undefined;
  };
  const failed = () => {
    const v = detail();
    return v instanceof Error ? v : undefined;
  };
  const allDone = () => props.items.length > 0 && props.items.every((i) => scored().has(i.messageId));

  const go = (step: number) => {
    const next = index() + step;
    if (next < 0 || next >= props.items.length) return;
    setNote(undefined);
    setIndex(next);
  };
  const afterScore = () => {
    const id = current()!.messageId;
    setScored(new Set([...scoredHere(), id]));
    props.onScored();
    const n = props.items.length;
    const next = [...Array(n).keys()].map((k) => (index() + 1 + k) % n).find((k) => !scored().has(props.items[k]!.messageId));
    if (next === undefined) {
      setNote(w.doneLast);
      return;
    }
    setNote(w.done);
    setIndex(next);
  };

  const onKey = (e: KeyboardEvent) => {
    if (props.paused || behindDialog(undefined) || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (e.key === 'j' || e.key === 'J' || e.key === 'ArrowRight') {
      e.preventDefault();
      go(1);
    } else if (e.key === 'k' || e.key === 'K' || e.key === 'ArrowLeft') {
      e.preventDefault();
      go(-1);
    }
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <Show when={props.items.length} fallback={<p class="review-empty" role="status">{w.queueEmpty}</p>}>
      <section class="review-workspace" aria-labelledby="review-heading">
        <div class="review-nav">
          <h3 id="review-heading">
            {w.heading} · <span data-testid="review-position">{w.position(index() + 1, props.items.length)}</span>
          </h3>
          <button type="button" class="secondary small-button" disabled={index() === 0} onClick={() => go(-1)}>
            {w.previous}
          </button>
          <button type="button" class="secondary small-button" disabled={index() >= props.items.length - 1} onClick={() => go(1)}>
            {w.next}
          </button>
          <p class="small muted review-keys">{w.keys}</p>
        </div>
        <p role="status" class="review-note" classList={{ ok: !!note() }}>
          {note()}
        </p>
        <Show when={allDone()}>
          <div class="review-done" role="status">
            <p>{w.queueDone}</p>
            <button type="button" class="secondary" onClick={() => props.onReload()}>
              {w.reload}
            </button>
          </div>
        </Show>
        <Show when={current()} keyed>
          {(item) => (
            <div class="review-columns">
              <div class="review-answer">
                <p class="small muted">
                  {formatDateTime(item.createdAt)}
                  <For each={item.reasons}>{(r) => <span class={r === 'sampled' ? 'badge' : 'badge warn'}>{reasonLabel(r)}</span>}</For>
                  <Show when={item.rating}>{(r) => <span class="badge">{r() > 0 ? '👍' : '👎'}</span>}</Show>
                  <Show when={scored().has(item.messageId)}>
                    <span class="badge ok">{w.scoredAlready}</span>
                  </Show>
                </p>
                <Show when={failed()}>{(e) => <p role="alert">{e().message}</p>}</Show>
                <Show when={loaded()} keyed fallback={<Show when={!failed()}><p role="status">{t.common.loading}</p></Show>}>
                  {(v) => (
                    <>
                        <Show when={v.context.length}>
                          <h4 class="small">{w.context}</h4>
                          <ol class="review-context">
                            <For each={v.context}>
                              {(m) => (
                                <li class={`small message-${m.role}`}>
                                  <strong>{w.roles[m.role] ?? m.role}：</strong>
                                  {m.text}
                                </li>
                              )}
                            </For>
                          </ol>
                        </Show>
                        <Show when={v.question}>
                          {(q) => (
                            <p class="review-question">
                              <strong>{w.question}：</strong>
                              {q().text}
                            </p>
                          )}
                        </Show>
                        <div class="review-answer-text">
                          <p class="small">
                            <strong>{w.answer}：</strong>
                          </p>
                          <MessageText text={v.answer} onCite={props.onCite} />
                        </div>
                        <button type="button" class="link-button small" onClick={() => props.onOpenConversation(v.conversationId)}>
                          {a.openConversation}
                        </button>
                        <GroundingPanel report={v.grounding} />
                        <CitedClauses citations={v.citations} />
                    </>
                  )}
                </Show>
              </div>
              <div class="review-rubric">
                <Show when={loaded()} keyed>
                  {(d) => <RubricForm messageId={d.messageId} initial={d.myReview ?? undefined} onScored={afterScore} keyboard />}
                </Show>
              </div>
            </div>
          )}
        </Show>
      </section>
    </Show>
  );
}

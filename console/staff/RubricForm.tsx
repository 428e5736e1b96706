import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { RUBRIC, type RubricKey, submitReview } from '../api/review.ts';
import { SaveResult } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';

const a = t.staff.audit;
const w = zh.review.workspace;
const SCORES = [1, 2, 3, 4, 5] as const;

/** Keys typed into a text field or pressed on a button or link are theirs, not shortcuts. */
export const isTyping = (target: EventTarget | null) => {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).type !== 'radio';
  return ['TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(el.tagName) || el.isContentEditable;
};

/** A modal dialog is open and `el` is not in it: the page behind it takes no shortcuts. */
export const behindDialog = (el: Element | undefined) => {
  const open = document.querySelector('dialog[open]');
  return !!open && !(el && open.contains(el));
};

/**
 * Scores one answer 1–5 on each rubric line (zh.review.rubric), what each score means beside it
 * (zh.review.rubricGuide), with a comment. With `keyboard`, 1–5 score the focused line (then the
 * next line is focused), ↑/↓ move between lines and Enter saves.
 */
export function RubricForm(props: {
  messageId: string;
  initial?: Partial<Record<RubricKey, number>> & { comment?: string | null };
  onScored: () => void;
  keyboard?: boolean;
}) {
  const [scores, setScores] = createSignal<Partial<Record<RubricKey, number>>>({ ...props.initial });
  const [comment, setComment] = createSignal(props.initial?.comment ?? '');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  const [focused, setFocused] = createSignal(0);
  let formRef: HTMLFormElement | undefined;
  const complete = () => RUBRIC.every((k) => scores()[k]);
  const missing = () => RUBRIC.filter((k) => !scores()[k]).map((k) => zh.review.rubric[k]);
  const setScore = (key: RubricKey, n: number) => setScores({ ...scores(), [key]: n });
  const submit = async (e?: Event) => {
    e?.preventDefault();
    if (!complete()) {
      setMessage({ ok: false, text: w.missing(missing().join('、')) });
      return;
    }
    try {
      await submitReview({ messageId: props.messageId, ...(scores() as Record<RubricKey, number>), ...(comment().trim() ? { comment: comment().trim() } : {}) });
      setMessage({ ok: true, text: a.scored });
      props.onScored();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (!props.keyboard || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || behindDialog(formRef)) return;
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      setScore(RUBRIC[focused()]!, Number(e.key));
      setFocused(Math.min(focused() + 1, RUBRIC.length - 1));
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setFocused(Math.max(0, Math.min(RUBRIC.length - 1, focused() + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    }
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <form ref={formRef} class="rubric rubric-guided" onSubmit={submit} aria-label={a.score}>
      <For each={RUBRIC}>
        {(key, i) => (
          <fieldset class="rubric-line" classList={{ focused: !!props.keyboard && focused() === i() }} aria-current={props.keyboard && focused() === i() ? 'true' : undefined} data-key={key}>
            <legend onClick={() => setFocused(i())}>
              {zh.review.rubric[key]}
              <Show when={props.keyboard && focused() === i()}>
                <span class="badge">{w.focused}</span>
              </Show>
            </legend>
            <For each={SCORES}>
              {(n) => (
                <label class="score-option" classList={{ chosen: scores()[key] === n }}>
                  <input
                    type="radio"
                    name={`${props.messageId}-${key}`}
                    value={n}
                    checked={scores()[key] === n}
                    onChange={() => {
                      setScore(key, n);
                      setFocused(i());
                    }}
                  />
                  <span class="score-number">{n}</span>
                  <span class="score-text">{zh.review.rubricGuide[key][n - 1]}</span>
                </label>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <label for={`${props.messageId}-comment`}>{a.comment}</label>
      <textarea id={`${props.messageId}-comment`} rows="2" maxLength={1000} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
      <SaveResult result={message()} />
      <button type="submit" class="primary" aria-disabled={!complete()}>
        {a.score}
      </button>
    </form>
  );
}

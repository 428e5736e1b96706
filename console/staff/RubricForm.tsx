import { createSignal, For } from 'solid-js';
import { RUBRIC, type RubricKey, submitReview } from '../api/review.ts';
import { SaveResult } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';

const a = t.staff.audit;

/** Scores one answer 1–5 on each rubric line (zh.review.rubric), with a comment. */
export function RubricForm(props: { messageId: string; initial?: Partial<Record<RubricKey, number>> & { comment?: string | null }; onScored: () => void }) {
  const [scores, setScores] = createSignal<Partial<Record<RubricKey, number>>>({ ...props.initial });
  const [comment, setComment] = createSignal(props.initial?.comment ?? '');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  const complete = () => RUBRIC.every((k) => scores()[k]);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!complete()) return;
    try {
      await submitReview({ messageId: props.messageId, ...(scores() as Record<RubricKey, number>), ...(comment().trim() ? { comment: comment().trim() } : {}) });
      setMessage({ ok: true, text: a.scored });
      props.onScored();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <form class="rubric" onSubmit={submit} aria-label={a.score}>
      <For each={RUBRIC}>
        {(key) => (
          <fieldset class="rubric-line">
            <legend>{zh.review.rubric[key]}</legend>
            <For each={[1, 2, 3, 4, 5]}>
              {(n) => (
                <label class="score">
                  <input type="radio" name={`${props.messageId}-${key}`} value={n} checked={scores()[key] === n} onChange={() => setScores({ ...scores(), [key]: n })} />
                  {n}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <label for={`${props.messageId}-comment`}>{a.comment}</label>
      <textarea id={`${props.messageId}-comment`} rows="2" maxLength={1000} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
      <SaveResult result={message()} />
      <button type="submit" class="primary" disabled={!complete()}>
        {a.score}
      </button>
    </form>
  );
}

import { createSignal, Show } from 'solid-js';
import { t } from '../i18n.ts';

const f = t.seeker.feedback;

/** Thumbs up/down on an answer, then an optional comment. */
export function Feedback(props: { rated?: 1 | -1; onRate: (rating: 1 | -1, comment?: string) => Promise<void> }) {
  const [choice, setChoice] = createSignal<1 | -1 | undefined>(props.rated);
  const [comment, setComment] = createSignal('');
  const [sent, setSent] = createSignal(props.rated !== undefined);
  const [open, setOpen] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const id = `fb-${Math.random().toString(36).slice(2, 8)}`;
  let form: HTMLFormElement | undefined;

  const rate = async (rating: 1 | -1) => {
    setChoice(rating);
    setError(undefined);
    try {
      await props.onRate(rating);
      setSent(true);
      setOpen(true);
      // The comment box opens under the answer, often below the fold on a phone: bring it into view.
      if (rating === -1) requestAnimationFrame(() => form?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const sendComment = async (e: Event) => {
    e.preventDefault();
    const rating = choice();
    if (!rating || !comment().trim()) return setOpen(false);
    try {
      await props.onRate(rating, comment().trim());
      setOpen(false);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div class="feedback" role="group" aria-label={f.question}>
      <span class="small muted">{sent() ? f.thanks : f.question}</span>
      <button type="button" class="icon-button" aria-pressed={choice() === 1} aria-label={f.up} title={f.up} onClick={() => rate(1)}>
        👍
      </button>
      <button type="button" class="icon-button" aria-pressed={choice() === -1} aria-label={f.down} title={f.down} onClick={() => rate(-1)}>
        👎
      </button>
      <Show when={open()}>
        <form class="feedback-comment" ref={form} onSubmit={sendComment}>
          <label for={id} class="small">
            {f.commentLabel}
          </label>
          <textarea id={id} rows="2" maxLength={500} placeholder={f.commentPlaceholder} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="submit" class="secondary small-button">
            {f.send}
          </button>
        </form>
      </Show>
      <Show when={error()}>
        <span role="alert" class="error small">
          {error()}
        </span>
      </Show>
    </div>
  );
}

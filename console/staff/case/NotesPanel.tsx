import { createSignal, For } from 'solid-js';
import { addNote, type Note } from '../../api/cases.ts';
import { ErrorText } from '../../components/FormStatus.tsx';
import { t } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';

const c = t.staff.conversation;

/** Private notes on the case: staff only, never on the seeker's stream. */
export function NotesPanel(props: { caseId: string; notes: readonly Note[]; onChange: () => void }) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text().trim()) return;
    try {
      await addNote(props.caseId, text().trim());
      setText('');
      props.onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section class="panel" aria-labelledby="notes-h">
      <h2 id="notes-h">{c.notes}</h2>
      <ul class="notes">
        <For each={props.notes}>
          {(n) => (
            <li>
              <p>{n.text}</p>
              <p class="small muted">
                {n.authorName} · {formatDateTime(n.createdAt)}
              </p>
            </li>
          )}
        </For>
      </ul>
      <form class="stack" onSubmit={submit}>
        <label for="note-text" class="visually-hidden">
          {c.addNote}
        </label>
        <textarea id="note-text" rows="2" maxLength={2000} placeholder={c.notePlaceholder} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        <ErrorText error={error()} />
        <button type="submit" class="secondary" disabled={!text().trim()}>
          {c.addNote}
        </button>
      </form>
    </section>
  );
}

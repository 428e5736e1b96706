import { createSignal, Show } from 'solid-js';
import { draftReply, sendReply } from '../../api/cases.ts';
import { ErrorText } from '../../components/FormStatus.tsx';
import { MessageText } from '../../components/MessageText.tsx';
import { t } from '../../i18n.ts';

const c = t.staff.conversation;

/** The counsellor's reply while holding the case; the copilot can draft one to edit. */
export function ReplyBox(props: { caseId: string; onSent: () => void }) {
  const [text, setText] = createSignal('');
  const [draftId, setDraftId] = createSignal<string>();
  const [busy, setBusy] = createSignal<'send' | 'draft'>();
  const [error, setError] = createSignal<string>();
  const send = async (e?: Event) => {
    e?.preventDefault();
    if (!text().trim() || busy()) return;
    setBusy('send');
    setError(undefined);
    try {
      await sendReply(props.caseId, text().trim(), draftId());
      setText('');
      setDraftId(undefined);
      props.onSent();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  const draft = async () => {
    setBusy('draft');
    setError(undefined);
    try {
      const d = await draftReply(props.caseId);
      setText(d.text);
      setDraftId(d.draftId ?? d.id);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <form class="reply-box" onSubmit={send}>
      <label for="reply-text">{c.reply}</label>
      <textarea
        id="reply-text"
        rows="3"
        maxLength={2000}
        placeholder={c.replyPlaceholder}
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send(e);
        }}
      />
      <Show when={draftId()}>
        <p class="small muted">{c.drafted}</p>
      </Show>
      {/* A reply that cites clauses is previewed as the seeker will read it: each 【…】 a chip. */}
      <Show when={/【[^】]+】/u.test(text())}>
        <div class="reply-preview" aria-live="polite">
          <p class="small muted">{c.preview}</p>
          <MessageText text={text()} />
        </div>
      </Show>
      <ErrorText error={error()} />
      <div class="row">
        <button type="button" class="secondary" disabled={!!busy()} onClick={draft}>
          {busy() === 'draft' ? c.drafting : c.draft}
        </button>
        <button type="submit" class="primary" disabled={!!busy() || !text().trim()}>
          {c.send}
        </button>
      </div>
    </form>
  );
}

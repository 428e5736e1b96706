import { createMemo, createSignal, Show } from 'solid-js';
import { draftReply, sendReply } from '../../api/cases.ts';
import { type CannedReply, counsellorTyping, filterCanned, listCannedReplies, throttle, TYPING_PING_MS } from '../../api/helpers.ts';
import { ErrorText } from '../../components/FormStatus.tsx';
import { MessageText } from '../../components/MessageText.tsx';
import { t } from '../../i18n.ts';
import { CannedPicker } from './CannedPicker.tsx';

const c = t.staff.conversation;

/**
 * "/code" just before the caret — at the start, or after anything but a letter, digit, ":", "." or
 * "/" (so "您好，/jx" opens the picker, a path or URL does not): what the picker filters by.
 */
const SLASH = /(^|[^A-Za-z0-9/:.])\/([^\s/]*)$/u;

/**
 * The counsellor's reply while holding the case; the copilot can draft one to edit. Typing "/"
 * opens the canned replies (arrows, Enter inserts, Esc closes); typing tells the seeker, throttled.
 */
export function ReplyBox(props: { caseId: string; onSent: () => void }) {
  const [text, setText] = createSignal('');
  const [draftId, setDraftId] = createSignal<string>();
  const [busy, setBusy] = createSignal<'send' | 'draft'>();
  const [error, setError] = createSignal<string>();
  const [canned, setCanned] = createSignal<CannedReply[]>();
  const [slash, setSlash] = createSignal<{ start: number; end: number; typed: string }>();
  const [active, setActive] = createSignal(0);
  let box!: HTMLTextAreaElement;
  const ping = throttle(() => void counsellorTyping(props.caseId).catch(() => {}), TYPING_PING_MS);
  const matches = createMemo(() => (slash() && canned() ? filterCanned(canned()!, slash()!.typed) : []));
  const readSlash = (el: HTMLTextAreaElement) => {
    const end = el.selectionStart ?? el.value.length;
    const m = SLASH.exec(el.value.slice(0, end));
    if (!m) return setSlash(undefined);
    if (!canned()) listCannedReplies().then(setCanned, (err: Error) => setError(err.message));
    setSlash({ start: end - m[2]!.length - 1, end, typed: m[2]! });
    setActive(0);
  };
  const insert = (r: CannedReply) => {
    const at = slash();
    if (!at) return;
    const next = text().slice(0, at.start) + r.text + text().slice(at.end);
    setText(next);
    setSlash(undefined);
    queueMicrotask(() => {
      box.value = next;
      box.focus();
      box.setSelectionRange(at.start + r.text.length, at.start + r.text.length);
    });
  };
  const pickerKeys = (e: KeyboardEvent) => {
    if (!slash()) return false;
    const n = matches().length;
    if (e.key === 'Escape') setSlash(undefined);
    else if (e.key === 'ArrowDown' && n) setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp' && n) setActive((i) => (i - 1 + n) % n);
    else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && n) insert(matches()[active()]!);
    else return false;
    e.preventDefault();
    return true;
  };
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
      setDraftId(d.draftId);
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
        ref={box}
        rows="3"
        maxLength={2000}
        placeholder={c.replyPlaceholder}
        value={text()}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={!!slash()}
        aria-controls="canned-picker"
        aria-activedescendant={slash() && matches()[active()] ? `canned-${matches()[active()]!.id}` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          readSlash(e.currentTarget);
          if (e.currentTarget.value.trim()) ping();
        }}
        onBlur={() => setSlash(undefined)}
        onKeyDown={(e) => {
          if (pickerKeys(e)) return;
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send(e);
        }}
      />
      <Show when={slash() && canned()}>
        <CannedPicker items={matches()} active={active()} onPick={insert} onHover={setActive} />
      </Show>
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

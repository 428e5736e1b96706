import { createSignal } from 'solid-js';
import { t } from '../i18n.ts';

const c = t.seeker.composer;

/** The seeker's input: Enter sends, Shift+Enter breaks the line. */
export function Composer(props: { disabled: boolean; busy: boolean; onSend: (text: string) => void; ref?: (el: HTMLTextAreaElement) => void }) {
  const [text, setText] = createSignal('');
  const send = (e?: Event) => {
    e?.preventDefault();
    if (props.disabled || props.busy || !text().trim()) return;
    props.onSend(text());
    setText('');
  };
  return (
    <form class="composer" onSubmit={send}>
      <label for="chat-input" class="visually-hidden">
        {c.label}
      </label>
      <textarea
        id="chat-input"
        ref={props.ref}
        rows="2"
        maxLength={2000}
        placeholder={props.disabled ? c.needConsent : c.placeholder}
        aria-describedby="chat-input-hint"
        disabled={props.disabled}
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) send(e);
        }}
      />
      <span id="chat-input-hint" class="visually-hidden">
        {c.hint}
      </span>
      <button type="submit" class="primary" disabled={props.disabled || props.busy || !text().trim()}>
        {props.busy ? c.sending : c.send}
      </button>
    </form>
  );
}

import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { onTyping, TYPING_SHOW_MS } from '../api/helpers.ts';
import '../styles/typing.css';

/**
 * "… 正在输入…" for a few seconds after the other side's typing event on the stream keyed `key`
 * (a case id or a chat session id; api/helpers.ts). Events from `from` only.
 */
export function TypingLine(props: { key: string | undefined; from: 'seeker' | 'counsellor'; text: string }) {
  const [shown, setShown] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const key = props.key;
    if (!key) return;
    const off = onTyping(key, (p) => {
      if (p.from !== props.from) return;
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), TYPING_SHOW_MS);
    });
    onCleanup(() => {
      off();
      clearTimeout(timer);
      setShown(false);
    });
  });
  return (
    <p class="typing-line small muted" role="status" aria-live="polite" data-typing={shown() ? 'on' : 'off'}>
      <Show when={shown()}>{props.text}</Show>
    </p>
  );
}

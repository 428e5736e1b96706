import { createEffect, onCleanup } from 'solid-js';
import { type ChatSession } from '../api/chat.ts';
import { seekerTyping, throttle, TYPING_PING_MS } from '../api/helpers.ts';
import { TypingLine } from '../components/TypingLine.tsx';
import { zh } from '../i18n.ts';
import { storage } from '../stores/storage.ts';

const SESSION_KEY = 'yb.chat.session';

/**
 * While a counsellor holds the chat (`active`): 顾问正在输入… when they type, and the seeker's own
 * typing in the chat input (#chat-input) sent on, throttled, so the counsellor sees 求职者正在输入….
 * Self-contained so the chat page only mounts it: the session is the one the chat store keeps.
 */
export function CounsellorTyping(props: { active: boolean }) {
  const session = () => (props.active ? storage.get<ChatSession>(SESSION_KEY) : undefined);
  createEffect(() => {
    const s = session();
    if (!s) return;
    const ping = throttle(() => void seekerTyping(s).catch(() => {}), TYPING_PING_MS);
    const onInput = (e: Event) => {
      const el = e.target as HTMLTextAreaElement | null;
      if (el?.id === 'chat-input' && el.value.trim()) ping();
    };
    document.addEventListener('input', onInput);
    onCleanup(() => document.removeEventListener('input', onInput));
  });
  return <TypingLine key={session()?.sessionId} from="counsellor" text={zh.helpers.typing.counsellor} />;
}

import { For, Show } from 'solid-js';
import type { ChatMessage } from '../lib/chat-reducer.ts';
import { t } from '../i18n.ts';
import { ErrorText } from '../components/FormStatus.tsx';
import { CitationChip, MessageText } from '../components/MessageText.tsx';
import { ToolResults } from '../components/ToolResults.tsx';
import { citedIds } from '../lib/citations.ts';
import { Feedback } from './Feedback.tsx';

/** One message of the seeker's conversation, with its citations, tool results and feedback. */
export function MessageBubble(props: {
  message: ChatMessage;
  rated?: 1 | -1;
  onCite: (clauseId: string) => void;
  onRate: (messageId: string, rating: 1 | -1, comment?: string) => Promise<void>;
}) {
  const m = () => props.message;
  // Citations the text does not mark inline still get a chip under the answer.
  const extraCitations = () => {
    const inline = new Set(citedIds(m().text));
    return m().citations.filter((c) => !inline.has(c.clauseId));
  };
  const who = () => (m().role === 'counsellor' ? t.seeker.counsellor.label(m().author ?? '') : t.seeker.roles[m().role]);
  return (
    <li class={`message message-${m().role}`} classList={{ streaming: m().streaming, failed: !!m().error }} aria-busy={m().streaming ? 'true' : undefined}>
      <Show when={m().role !== 'system'}>
        <span class="message-who">{who()}</span>
      </Show>
      <div class="bubble">
        <Show when={m().text} fallback={<Show when={m().streaming}><span class="typing">{t.seeker.streaming}</span></Show>}>
          <MessageText text={m().text} onCite={props.onCite} />
        </Show>
        <ErrorText error={m().error} />
        <Show when={!m().streaming && m().toolCalls.length}>
          <ToolResults toolCalls={m().toolCalls} onCite={props.onCite} />
        </Show>
        <Show when={!m().streaming && extraCitations().length}>
          <p class="citations">
            <span class="small muted">{t.seeker.citations.label}：</span>
            <For each={extraCitations()}>{(c) => <CitationChip clauseId={c.clauseId} title={c.title} onOpen={props.onCite} />}</For>
          </p>
        </Show>
        <Show when={m().replaced}>
          <p class="small muted">{t.seeker.replaced}</p>
        </Show>
      </div>
      <Show when={m().role === 'assistant' && !m().streaming && m().messageId && !m().error}>
        <Feedback rated={props.rated} onRate={(rating, comment) => props.onRate(m().messageId!, rating, comment)} />
      </Show>
    </li>
  );
}

import { createEffect, For, on, Show } from 'solid-js';
import type { CaseMessage } from '../../api/cases.ts';
import { CitationChip, MessageText } from '../../components/MessageText.tsx';
import { ToolResults } from '../../components/ToolResults.tsx';
import { t } from '../../i18n.ts';
import { citedIds } from '../../lib/citations.ts';
import { formatDateTime } from '../../lib/format.ts';

const c = t.staff.conversation;

/** The conversation as staff see it: who said what, citations, tool calls and grounding flags. */
export function Transcript(props: { messages: readonly CaseMessage[]; onCite: (id: string) => void }) {
  let list!: HTMLOListElement;
  // The newest message in view, as a chat window does.
  createEffect(on(() => props.messages.length, () => list && (list.scrollTop = list.scrollHeight)));
  return (
    <ol class="transcript" ref={list} aria-label={c.transcript}>
      <For each={props.messages}>
        {(m) => {
          const extra = () => (m.citations ?? []).filter((x) => !new Set(citedIds(m.text)).has(x.clauseId));
          return (
            <li class={`message message-${m.role}`} classList={{ flagged: !!m.flagged }}>
              <div class="message-meta small">
                <strong>{m.role === 'counsellor' ? `${t.seeker.roles.counsellor}${m.authorName ? ' · ' + m.authorName : ''}` : t.seeker.roles[m.role]}</strong>
                <span class="muted"> {formatDateTime(m.createdAt)}</span>
                <Show when={m.role === 'assistant' && m.status && m.status !== 'answered'}>
                  <span class="badge">{c.status(m.status!)}</span>
                </Show>
                <Show when={m.flagged}>
                  <span class="badge warn">{c.flagged}</span>
                </Show>
                <Show when={m.grounding && m.grounding.ok === false}>
                  <span class="badge warn">{c.groundingFailed}</span>
                </Show>
                <Show when={m.grounding?.replaced}>
                  <span class="badge">{c.groundingReplaced}</span>
                </Show>
                <Show when={m.agentDrafted}>
                  <span class="badge">{c.draft}</span>
                </Show>
              </div>
              <div class="bubble">
                <MessageText text={m.text} onCite={props.onCite} />
                <Show when={extra().length}>
                  <p class="citations">
                    <For each={extra()}>{(x) => <CitationChip clauseId={x.clauseId} title={x.title} onOpen={props.onCite} />}</For>
                  </p>
                </Show>
                <Show when={m.toolCalls?.length}>
                  <details class="tool-calls">
                    <summary>
                      {c.tools}：{m.toolCalls!.map((x) => x.name).join('、')}
                    </summary>
                    <ToolResults toolCalls={m.toolCalls!} onCite={props.onCite} />
                    <For each={m.toolCalls!}>
                      {(call) => (
                        <details>
                          <summary class="small">{call.name}</summary>
                          <pre class="json">{JSON.stringify(call.input, null, 2)}</pre>
                        </details>
                      )}
                    </For>
                  </details>
                </Show>
              </div>
            </li>
          );
        }}
      </For>
    </ol>
  );
}

import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import type { CaseMessage } from '../../api/cases.ts';
import { CitationChip, MessageText } from '../../components/MessageText.tsx';
import { ToolResults } from '../../components/ToolResults.tsx';
import { t, zh } from '../../i18n.ts';
import { citedIds } from '../../lib/citations.ts';
import { formatDateTime } from '../../lib/format.ts';

const c = t.staff.conversation;
const w = zh.caseWorkspace;
/** How close to the end (px) still counts as reading the newest line. */
const NEAR_END = 48;

/** Who said a line, as staff read it: the seeker as 求职者, a counsellor by name (and 我 for the viewer's own), the assistant. */
export function speaker(m: Pick<CaseMessage, 'role' | 'authorName'>, me?: string): string {
  if (m.role === 'counsellor') return w.counsellorLine(m.authorName, !!me && m.authorName === me);
  return w.roles[m.role as keyof typeof w.roles] ?? m.role;
}

/**
 * The conversation as staff see it: who said what, citations, tool calls and grounding flags. The
 * list scrolls on its own, newest at the bottom; a new line scrolls it into view unless the reader
 * has scrolled up to read earlier lines (then a button brings them back to the newest).
 */
export function Transcript(props: { messages: readonly CaseMessage[]; onCite: (id: string) => void; me?: string }) {
  let list!: HTMLOListElement;
  const [pinned, setPinned] = createSignal(true);
  const [unseen, setUnseen] = createSignal(false);
  const toEnd = () => {
    if (!list) return;
    list.scrollTop = list.scrollHeight;
    setPinned(true);
    setUnseen(false);
  };
  const onScroll = () => {
    const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END;
    setPinned(atEnd);
    if (atEnd) setUnseen(false);
  };
  // A reflow (the column resized, a line re-rendered by a refresh) keeps a reader at the end there.
  onMount(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const keep = new ResizeObserver(() => pinned() && toEnd());
    keep.observe(list);
    const lines = new MutationObserver(() => pinned() && queueMicrotask(toEnd));
    lines.observe(list, { childList: true });
    onCleanup(() => {
      keep.disconnect();
      lines.disconnect();
    });
  });
  createEffect(
    on(
      () => [props.messages.length, props.messages.at(-1)?.id, props.messages.at(-1)?.text] as const,
      () => {
        if (pinned()) queueMicrotask(toEnd);
        else setUnseen(true);
      },
    ),
  );
  return (
    <div class="transcript-wrap">
      <ol class="transcript" ref={list} aria-label={c.transcript} onScroll={onScroll}>
        <For each={props.messages}>
          {(m) => {
            const extra = () => (m.citations ?? []).filter((x) => !new Set(citedIds(m.text)).has(x.clauseId));
            return (
              <li class={`message message-${m.role}`} classList={{ flagged: !!m.flagged }}>
                <div class="message-meta small">
                  <strong class="speaker">{speaker(m, props.me)}</strong>
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
      <Show when={unseen()}>
        <button type="button" class="secondary small-button transcript-newest" onClick={toEnd}>
          {w.newLines}
        </button>
      </Show>
    </div>
  );
}

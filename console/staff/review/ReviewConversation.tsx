import { createSignal, For, Show } from 'solid-js';
import type { ReviewTranscript } from '../../api/review.ts';
import { MessageText } from '../../components/MessageText.tsx';
import { zh } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RubricForm } from '../RubricForm.tsx';
import { GroundingPanel } from './GroundingPanel.tsx';

const w = zh.review.workspace;
const c = zh.console.staff.conversation;

/**
 * The whole conversation as a supervisor audits it: who said what (the seeker as 求职者, not as the
 * viewer), each answer's grounding result, and a rubric to score any answer from here.
 */
export function ReviewConversation(props: { transcript: ReviewTranscript; onCite: (id: string) => void; onScored: (messageId: string) => void }) {
  const [open, setOpen] = createSignal<string>();
  const [scored, setScored] = createSignal<ReadonlySet<string>>(new Set());
  return (
    <ol class="transcript review-conversation" aria-label={c.transcript}>
      <For each={props.transcript.messages}>
        {(m) => (
          <li class={`message message-${m.role}`} classList={{ flagged: !!m.flagged }} data-message-id={m.messageId}>
            <div class="message-meta small">
              <strong>
                {w.roles[m.role] ?? m.role}
                {m.role === 'counsellor' && m.author ? ` · ${m.author}` : ''}
              </strong>
              <span class="muted"> {formatDateTime(m.createdAt)}</span>
              <Show when={m.role === 'assistant' && m.status !== 'answered'}>
                <span class="badge">{c.status(m.status)}</span>
              </Show>
            </div>
            <div class="bubble">
              <MessageText text={m.text} onCite={props.onCite} />
            </div>
            <Show when={m.role === 'assistant'}>
              <GroundingPanel report={m.check} />
              <Show
                when={open() === m.messageId}
                fallback={
                  <button type="button" class="secondary small-button" onClick={() => setOpen(m.messageId)}>
                    {w.scoreThis}
                    <Show when={m.myReview || scored().has(m.messageId)}>（{w.scoredAlready}）</Show>
                  </button>
                }
              >
                <RubricForm
                  messageId={m.messageId}
                  initial={m.myReview ?? undefined}
                  onScored={() => {
                    setScored(new Set([...scored(), m.messageId]));
                    props.onScored(m.messageId);
                  }}
                />
              </Show>
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}

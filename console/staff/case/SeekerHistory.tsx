import { createResource, createSignal, For, Show } from 'solid-js';
import { getSeekerConversation, listSeekerConversations } from '../../api/case-workspace.ts';
import type { CaseDetail } from '../../api/cases.ts';
import { ErrorNote } from '../../components/Unavailable.tsx';
import { t, zh } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Transcript } from './Transcript.tsx';

const h = zh.caseWorkspace.history;
const c = t.staff.conversation;

/**
 * 往来记录: the seeker's other conversations (started, last active, status, the latest case and its
 * outcome; each can be opened to read), and this case's own history of events.
 */
export function SeekerHistory(props: { caseId: string; history: CaseDetail['history']; onCite: (id: string) => void; me?: string }) {
  const [list, { refetch }] = createResource(() => props.caseId, listSeekerConversations);
  const [openId, setOpenId] = createSignal<string>();
  const [shown] = createResource(
    () => (openId() ? [props.caseId, openId()!] as const : undefined),
    ([caseId, id]) => getSeekerConversation(caseId, id),
  );
  const status = (s: { caseStatus: string | null; outcome: string | null; status: string }) =>
    [s.caseStatus ? t.staff.caseStatus[s.caseStatus] ?? s.caseStatus : h.noCase, s.outcome ? c.outcomes[s.outcome] ?? s.outcome : '', h.conversationStatus[s.status] ?? ''].filter(Boolean).join(' · ');

  return (
    <>
      <section class="panel" aria-labelledby="seeker-history-h">
        <h2 id="seeker-history-h">{h.title}</h2>
        <Show when={!list.error} fallback={<ErrorNote error={list.error} onRetry={() => void refetch()} />}>
          <Show when={list()?.length} fallback={<p class="muted small">{list.loading ? t.common.loading : h.none}</p>}>
            <ul class="plain-list seeker-history">
              <For each={list()}>
                {(conv) => (
                  <li>
                    <div class="row wrap seeker-history-head">
                      <span>
                        {h.started} {formatDateTime(conv.createdAt)}
                      </span>
                      <span class="muted small">{status(conv)}</span>
                      <span class="muted small">{h.messages(conv.messageCount)}</span>
                      <button type="button" class="ghost small-button" aria-expanded={openId() === conv.id} onClick={() => setOpenId(openId() === conv.id ? undefined : conv.id)}>
                        {openId() === conv.id ? h.hide : h.read}
                      </button>
                    </div>
                    <p class="muted small">
                      {h.lastActive} {formatDateTime(conv.lastActivityAt)}
                    </p>
                    <Show when={openId() === conv.id}>
                      <Show when={conv.cleared}>
                        <p class="note small">{h.cleared}</p>
                      </Show>
                      <Show when={shown()} fallback={<p class="muted small">{shown.error ? (shown.error as Error).message : h.loading}</p>}>
                        {(s) => <Transcript messages={s().transcript} onCite={props.onCite} {...(props.me ? { me: props.me } : {})} />}
                      </Show>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
      <section class="panel" aria-labelledby="case-events-h">
        <h2 id="case-events-h">{h.caseEvents}</h2>
        <ul class="plain-list small">
          <For each={props.history}>
            {(e) => (
              <li>
                {formatDateTime(e.at)} · {e.label}
                {e.actor ? ` · ${e.actor}` : ''}
                {e.to ? ` → ${e.to}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </li>
            )}
          </For>
        </ul>
      </section>
    </>
  );
}

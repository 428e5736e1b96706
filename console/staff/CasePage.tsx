import { useParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import { caseEvents, claimCase, handBack, releaseCase, resolveCase } from '../api/cases.ts';
import { ApiError } from '../api/client.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { DialoguePanel } from './case/DialoguePanel.tsx';
import { EligibilityTable } from '../components/EligibilityTable.tsx';
import { ErrorText, SaveResult } from '../components/FormStatus.tsx';
import { ErrorNote } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime, seekerName } from '../lib/format.ts';
import { createLiveList } from '../stores/live-list.ts';
import { loadCase } from './case.data.ts';
import { FactsList } from './FactsList.tsx';
import { MatchesPanel } from './case/MatchesPanel.tsx';
import { NotesPanel } from './case/NotesPanel.tsx';
import { OwedList } from './OwedList.tsx';
import { PlanPanel } from './case/PlanPanel.tsx';
import { ReassignForm, reassignAction } from './case/ReassignForm.tsx';
import { ReplyBox } from './case/ReplyBox.tsx';
import { Transcript } from './case/Transcript.tsx';
import { TypingLine } from '../components/TypingLine.tsx';
import { useStaff } from './StaffProvider.tsx';

const c = t.staff.conversation;

/**
 * One case: the conversation (live), takeover and reply, hand back or resolve; beside it the
 * seeker's facts, the dialogue state (correctable by the holder or a supervisor), eligibility,
 * matches, what the service standard still owes, notes, plan and 回访.
 */
export default function CasePage() {
  const params = useParams<{ id: string }>();
  const { session } = useStaff();
  const detail = createLiveList(() => loadCase(params.id), (opts) => caseEvents(params.id, opts));
  const [clause, setClause] = createSignal<string>();
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string }>();
  const [outcome, setOutcome] = createSignal('employed');
  let transcriptEnd: HTMLDivElement | undefined;
  onMount(() => (document.title = `${c.title} · ${t.appName}`));

  const act = async (name: string, fn: () => Promise<unknown>) => {
    setBusy(name);
    setError(undefined);
    setNotice(undefined);
    try {
      await fn();
      await detail.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  const holding = () => detail.data()?.case.status === 'claimed' && detail.data()?.case.assignedTo?.id === session.user()?.id;
  const reassign = () => reassignAction(detail.data()?.case, session.user());

  return (
    <div class="case-page">
      <Show when={detail.error() && !detail.data()}>
        <ErrorNote error={detail.error() instanceof ApiError && (detail.error() as ApiError).status === 404 ? new Error(c.noCase) : detail.error()} onRetry={() => void detail.refresh()} />
      </Show>
      <Show when={detail.data()}>
        {(d) => (
          <>
            <div class="page-head">
              <div>
                <h1>
                  {c.title} · {seekerName(d().seeker, d().case.seekerId)}
                </h1>
                <p class="small muted">
                  {t.staff.caseStatus[d().case.status] ?? d().case.status} · {d().case.reason} · {formatDateTime(d().case.createdAt)}
                  <Show when={d().case.assignedTo}>{(a) => <> · {t.staff.queue.claimedBy(a().displayName)}</>}</Show>
                </p>
              </div>
              <div class="row wrap case-actions">
                <Show when={d().case.status === 'queued'}>
                  <button type="button" class="primary" disabled={!!busy()} onClick={() => act('claim', () => claimCase(params.id))}>
                    {t.staff.queue.claim}
                  </button>
                </Show>
                <Show when={holding()}>
                  <button
                    type="button"
                    class="secondary"
                    disabled={!!busy()}
                    onClick={() => confirm(c.handBackConfirm) && act('handback', () => handBack(params.id))}
                  >
                    {c.handBack}
                  </button>
                  <button type="button" class="ghost" disabled={!!busy()} onClick={() => act('release', () => releaseCase(params.id))}>
                    {c.release}
                  </button>
                </Show>
                <Show when={d().case.status !== 'resolved'}>
                  <label for="outcome" class="visually-hidden">
                    {c.outcome}
                  </label>
                  <select id="outcome" value={outcome()} onChange={(e) => setOutcome(e.currentTarget.value)}>
                    <For each={Object.entries(c.outcomes)}>{([k, label]) => <option value={k}>{label}</option>}</For>
                  </select>
                  <button type="button" class="ghost" disabled={!!busy()} onClick={() => act('resolve', () => resolveCase(params.id, outcome()))}>
                    {c.resolve}
                  </button>
                </Show>
              </div>
            </div>
            <ErrorText error={error()} />
            <SaveResult result={notice()} />
            <div class="case-grid">
              <section class="case-chat" aria-label={c.transcript}>
                <Transcript messages={d().transcript} onCite={setClause} />
                <TypingLine key={params.id} from="seeker" text={zh.helpers.typing.seeker} />
                <div ref={transcriptEnd} />
                <Show when={holding()} fallback={<p class="muted small">{d().case.status === 'queued' ? t.staff.queue.claim + '：' + c.takeover : ''}</p>}>
                  <ReplyBox caseId={params.id} onSent={() => void detail.refresh()} />
                </Show>
                <details class="history">
                  <summary>{t.staff.queue.status}</summary>
                  <ul class="plain-list small">
                    <For each={d().history}>
                      {(h) => (
                        <li>
                          {formatDateTime(h.at)} · {h.label}
                          {h.actor ? ` · ${h.actor}` : ''}
                          {h.to ? ` → ${h.to}` : ''}
                          {h.note ? ` · ${h.note}` : ''}
                        </li>
                      )}
                    </For>
                  </ul>
                </details>
              </section>
              <aside class="case-side">
                <Show when={reassign()}>
                  {(how) => (
                    <ReassignForm
                      caseId={params.id}
                      how={how()}
                      counsellors={d().counsellors ?? []}
                      exclude={d().case.assignedTo?.id}
                      onDone={(text) => {
                        setNotice({ ok: true, text });
                        void detail.refresh();
                      }}
                    />
                  )}
                </Show>
                <section class="panel" aria-labelledby="profile-h">
                  <h2 id="profile-h">{c.profile}</h2>
                  <FactsList facts={d().profile?.facts ?? {}} />
                </section>
                <DialoguePanel caseId={params.id} dialogue={d().dialogue} canCorrect={holding() || session.user()?.role === 'supervisor'} onChange={() => void detail.refresh()} />
                <section class="panel" aria-labelledby="elig-h">
                  <h2 id="elig-h">{c.eligibility}</h2>
                  <EligibilityTable benefits={d().eligibility ?? []} onCite={setClause} />
                </section>
                <Show when={d().serviceStandard}>
                  {(s) => (
                    <section class="panel" aria-labelledby="owed-h">
                      <h2 id="owed-h">{t.staff.ledger.owed}</h2>
                      <OwedList items={s().outstanding} done={t.common.none} />
                    </section>
                  )}
                </Show>
                <MatchesPanel facts={d().profile?.facts ?? {}} />
                {/* A waiting case seen before claiming it: the transcript, not the casework (server/auth/ownership.ts). */}
                <Show when={!d().preview} fallback={<p class="note small">{zh.access.preview}</p>}>
                  <NotesPanel caseId={params.id} notes={d().notes} onChange={() => void detail.refresh()} />
                  <PlanPanel seekerId={d().case.seekerId} caseId={params.id} plans={d().plans ?? []} followUps={d().followUps ?? []} onChange={() => void detail.refresh()} />
                </Show>
              </aside>
            </div>
          </>
        )}
      </Show>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

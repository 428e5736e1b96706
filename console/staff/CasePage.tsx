import { useParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { type CaseDetail, caseEvents, claimCase, handBack, releaseCase } from '../api/cases.ts';
import { ApiError } from '../api/client.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { EligibilityTable } from '../components/EligibilityTable.tsx';
import { ErrorText, SaveResult } from '../components/FormStatus.tsx';
import { ErrorNote } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime, seekerName } from '../lib/format.ts';
import { createLiveList } from '../stores/live-list.ts';
import '../styles/case.css';
import { loadCase } from './case.data.ts';
import { AddFact } from './case/AddFact.tsx';
import { type CaseTab, CaseTabs } from './case/CaseTabs.tsx';
import { DialoguePanel } from './case/DialoguePanel.tsx';
import { MatchesPanel } from './case/MatchesPanel.tsx';
import { NotesPanel } from './case/NotesPanel.tsx';
import { PlanPanel } from './case/PlanPanel.tsx';
import { ReassignForm, reassignAction } from './case/ReassignForm.tsx';
import { ReplyBox } from './case/ReplyBox.tsx';
import { ResolveForm } from './case/ResolveForm.tsx';
import { SeekerHistory } from './case/SeekerHistory.tsx';
import { Transcript } from './case/Transcript.tsx';
import { TypingLine } from '../components/TypingLine.tsx';
import { OwedList } from './OwedList.tsx';
import { CallbackPanel } from './case/CallbackPanel.tsx';
import { useStaff } from './StaffProvider.tsx';

const c = t.staff.conversation;
const tabs = zh.caseWorkspace.tabs;

/**
 * One case, laid out for a working day: the conversation (live) in a column of its own that
 * scrolls by itself, newest at the bottom, the reply box under it; beside it tabs for the seeker's
 * facts and dialogue state (correctable by the holder or a supervisor, facts not yet known can be
 * added), eligibility and what the service standard still owes, matches, notes, plan and 回访, the
 * seeker's other conversations and this case's history, and transfer. The page fits the window;
 * the columns scroll. Take over, hand back, release, and resolve (outcome chosen, then confirmed).
 */
export default function CasePage() {
  const params = useParams<{ id: string }>();
  const { session } = useStaff();
  const detail = createLiveList(() => loadCase(params.id), (opts) => caseEvents(params.id, opts));
  const [clause, setClause] = createSignal<string>();
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string }>();
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
  const refresh = () => void detail.refresh();
  const holding = () => detail.data()?.case.status === 'claimed' && detail.data()?.case.assignedTo?.id === session.user()?.id;
  const reassign = () => reassignAction(detail.data()?.case, session.user());
  const me = () => session.user()?.displayName;
  const preview = () => !!detail.data()?.preview;
  const canCorrect = () => holding() || session.user()?.role === 'supervisor';
  const previewNote = () => <p class="note small">{zh.access.preview}</p>;

  /** The side panel's tabs, made once per case page (kept mounted: switching keeps what is being typed). */
  const sideTabs = (d: () => CaseDetail): CaseTab[] => [
    {
      key: 'facts',
      label: tabs.facts,
      content: () => (
        <>
          {/* A call-back the seeker left outside duty hours: the number on request (access-logged). */}
          <Show when={!preview()}>
            <CallbackPanel caseId={params.id} />
          </Show>
          <DialoguePanel caseId={params.id} dialogue={d().dialogue} canCorrect={canCorrect()} onChange={refresh} />
          <Show when={canCorrect() && d().dialogue?.addable}>{(addable) => <AddFact caseId={params.id} addable={addable()} onChange={refresh} />}</Show>
        </>
      ),
    },
    {
      key: 'eligibility',
      label: tabs.eligibility,
      content: () => (
        <>
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
        </>
      ),
    },
    { key: 'matches', label: tabs.matches, content: () => <MatchesPanel facts={d().profile?.facts ?? {}} /> },
    {
      key: 'notes',
      label: tabs.notes,
      // A waiting case seen before claiming it: the transcript, not the casework (server/auth/ownership.ts).
      content: () => (
        <Show when={!preview()} fallback={previewNote()}>
          <NotesPanel caseId={params.id} notes={d().notes} onChange={refresh} />
        </Show>
      ),
    },
    {
      key: 'plan',
      label: tabs.plan,
      content: () => (
        <Show when={!preview()} fallback={previewNote()}>
          <PlanPanel seekerId={d().case.seekerId} caseId={params.id} plans={d().plans ?? []} followUps={d().followUps ?? []} onChange={refresh} />
        </Show>
      ),
    },
    {
      key: 'history',
      label: tabs.history,
      content: () => (
        <Show when={!preview()} fallback={previewNote()}>
          <SeekerHistory caseId={params.id} history={d().history} onCite={setClause} {...(me() ? { me: me()! } : {})} />
        </Show>
      ),
    },
    {
      key: 'reassign',
      label: reassign() === 'assign' ? tabs.assign : tabs.reassign,
      show: () => !!reassign(),
      content: () => (
        <Show when={reassign()}>
          {(how) => (
            <ReassignForm
              caseId={params.id}
              how={how()}
              counsellors={d().counsellors ?? []}
              exclude={d().case.assignedTo?.id}
              onDone={(text) => {
                setNotice({ ok: true, text });
                refresh();
              }}
            />
          )}
        </Show>
      ),
    },
  ];

  return (
    <div class="case-page">
      <Show when={detail.error() && !detail.data()}>
        <ErrorNote error={detail.error() instanceof ApiError && (detail.error() as ApiError).status === 404 ? new Error(c.noCase) : detail.error()} onRetry={refresh} />
      </Show>
      <Show when={detail.data()}>
        {(d) => (
          <>
            <div class="page-head case-head">
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
                  <button type="button" class="secondary" disabled={!!busy()} onClick={() => confirm(c.handBackConfirm) && act('handback', () => handBack(params.id))}>
                    {c.handBack}
                  </button>
                  <button type="button" class="ghost" disabled={!!busy()} onClick={() => act('release', () => releaseCase(params.id))}>
                    {c.release}
                  </button>
                </Show>
                <Show when={d().case.status !== 'resolved'}>
                  <ResolveForm
                    caseId={params.id}
                    disabled={!!busy()}
                    onDone={(text) => {
                      setNotice({ ok: true, text });
                      refresh();
                    }}
                  />
                </Show>
              </div>
            </div>
            <ErrorText error={error()} />
            <SaveResult result={notice()} small />
            <div class="case-grid">
              <section class="case-chat" aria-label={c.transcript}>
                <Transcript messages={d().transcript} onCite={setClause} {...(me() ? { me: me()! } : {})} />
                <TypingLine key={params.id} from="seeker" text={zh.helpers.typing.seeker} />
                <Show when={holding()} fallback={<p class="muted small case-chat-hint">{d().case.status === 'queued' ? t.staff.queue.claim + '：' + c.takeover : ''}</p>}>
                  <ReplyBox caseId={params.id} onSent={refresh} />
                </Show>
              </section>
              <aside class="case-side">
                {/* A supervisor who opened a waiting case (the queue's 指派) lands on the assignment. */}
                <CaseTabs tabs={sideTabs(d)} initial={reassign() === 'assign' && d().case.status === 'queued' ? 'reassign' : 'facts'} />
              </aside>
            </div>
          </>
        )}
      </Show>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

import { A, useNavigate } from '@solidjs/router';
import { createEffect, createResource, createSignal, onCleanup, Show } from 'solid-js';
import { claimCase, dueFollowUps, listQueue, type QueueItem, queueEvents } from '../api/cases.ts';
import { ApiError, maybe } from '../api/client.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { ErrorText } from '../components/FormStatus.tsx';
import { Available, ErrorNote } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatWait, seekerName, waitedMinutes } from '../lib/format.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../lib/title.ts';
import { createLiveList } from '../stores/live-list.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { FollowUpList } from './FollowUpList.tsx';
import { OutreachPanel } from './OutreachPanel.tsx';
import { createQueueAlerts } from './QueueAlerts.tsx';
import { WaitBadge } from './WaitBadge.tsx';
import { useStaff } from './StaffProvider.tsx';

const q = t.staff.queue;

/** Live queue: waiting cases by priority then waiting time, claim; my cases; follow-ups due. */
export default function QueuePage() {
  const { session } = useStaff();
  const navigate = useNavigate();
  const alerts = createQueueAlerts();
  const queue = createLiveList(() => listQueue({ status: 'open' }), queueEvents, alerts.onEvent);
  const [followUps] = createResource(() => maybe(dueFollowUps()));
  const [now, setNow] = createSignal(Date.now());
  const [claiming, setClaiming] = createSignal<string>();
  const [claimError, setClaimError] = createSignal<string>();
  const [clause, setClause] = createSignal<string>();
  const tick = setInterval(() => setNow(Date.now()), 15_000);
  onCleanup(() => clearInterval(tick));

  const waiting = () => (queue.data() ?? []).filter((c) => c.status === 'queued');
  // The tab's title shows how many are waiting, so a counsellor working elsewhere sees a new case.
  usePageTitle(() => `${waiting().length ? `(${waiting().length}) ` : ''}${q.title}`);
  const mine = () => (queue.data() ?? []).filter((c) => c.status === 'claimed' && c.assignedTo?.id === session.user()?.id);
  const others = () => (queue.data() ?? []).filter((c) => c.status === 'claimed' && c.assignedTo?.id !== session.user()?.id);

  const claim = async (c: QueueItem) => {
    setClaiming(c.id);
    setClaimError(undefined);
    try {
      await claimCase(c.id);
      navigate(paths.case(c.id));
    } catch (e) {
      setClaimError((e as Error).message);
      void queue.refresh();
    } finally {
      setClaiming(undefined);
    }
  };

  const columns = (action: 'claim' | 'open'): Column<QueueItem>[] => [
    { header: q.priority, cell: (c) => <span class={`priority p${c.priority}`}>{q.priorities[c.priority] ?? c.priority}</span> },
    {
      header: q.reason,
      cell: (c) => (
        <>
          <div>{c.reason}</div>
          <Show when={c.preview}>
            <div class="small muted preview">“{c.preview}”</div>
          </Show>
        </>
      ),
    },
    { header: t.staff.conversation.seekerSays, cell: (c) => seekerName(c.seeker, c.seekerId) },
    {
      header: q.waited,
      cell: (c) =>
        c.status === 'queued' ? (
          <WaitBadge minutes={waitedMinutes(c.createdAt, now())} urgent={c.priority === 0} />
        ) : (
          formatWait(waitedMinutes(c.createdAt, c.claimedAt ? Date.parse(c.claimedAt) : now()))
        ),
    },
    {
      header: q.status,
      cell: (c) => (
        <>
          {t.staff.caseStatus[c.status] ?? c.status}
          <Show when={c.assignedTo}>{(a) => <div class="small muted">{q.claimedBy(a().displayName)}</div>}</Show>
        </>
      ),
    },
    {
      header: t.common.actions,
      cell: (c) =>
        action === 'claim' ? (
          <div class="row">
            <button type="button" class="primary" disabled={!!claiming()} onClick={() => claim(c)}>
              {claiming() === c.id ? q.claiming : q.claim}
            </button>
            <Show when={session.user()?.role === 'supervisor'}>
              <A class="button secondary" href={paths.case(c.id)}>
                {q.assign}
              </A>
            </Show>
          </div>
        ) : (
          <A class="button secondary" href={paths.case(c.id)}>
            {q.open}
          </A>
        ),
    },
  ];
  const table = (items: QueueItem[], action: 'claim' | 'open', empty: string, label: string) => (
    <DataTable rows={items} columns={columns(action)} empty={empty} label={label} rowData={(c) => ({ 'data-priority': c.priority })} />
  );

  return (
    <div class="queue-page">
      <div class="page-head">
        <h1>{q.title}</h1>
        <span class="live-indicator" classList={{ on: queue.live() === 'on' }} role="status">
          {queue.live() === 'on' ? q.live : queue.live() === 'retrying' ? q.offline : ''}
        </span>
      </div>
      <alerts.Toggle />
      <Show when={queue.error()}>
        {(e) =>
          e() instanceof ApiError && (e() as ApiError).unavailable ? (
            <p class="unavailable">{(e() as ApiError).unavailable === 'missing' ? t.common.unavailable : t.common.forbidden}</p>
          ) : (
            <ErrorNote error={e()} onRetry={() => void queue.refresh()} />
          )
        }
      </Show>
      <ErrorText error={claimError()} />
      <section aria-labelledby="q-waiting">
        <h2 id="q-waiting">
          {q.waiting} <span class="count">{waiting().length}</span>
        </h2>
        {table(waiting(), 'claim', q.empty, q.waiting)}
      </section>
      <section aria-labelledby="q-mine">
        <h2 id="q-mine">
          {q.mine} <span class="count">{mine().length}</span>
        </h2>
        {table(mine(), 'open', q.mineEmpty, q.mine)}
      </section>
      <Show when={others().length}>
        <section aria-labelledby="q-others">
          <h2 id="q-others">{t.staff.caseStatus.claimed}</h2>
          {table(others(), 'open', '', t.staff.caseStatus.claimed!)}
        </section>
      </Show>
      <section aria-labelledby="q-follow">
        <h2 id="q-follow">{q.followUps}</h2>
        <Available result={followUps()}>
          {(f) => (
            <FollowUpList
              items={[...f.overdue, ...f.dueToday]}
              empty={<p class="muted">{q.followUpsEmpty}</p>}
              status={(item) => (item.daysOverdue ? zh.forms.units.daysOverdue(item.daysOverdue) : q.due)}
              detail={(item) => <Show when={item.note}> · {item.note}</Show>}
            />
          )}
        </Available>
      </section>
      <OutreachPanel onCite={setClause} />
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

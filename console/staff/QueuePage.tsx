import { A, useNavigate } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { claimCase, dueFollowUps, listQueue, type QueueItem, queueEvents } from '../api/cases.ts';
import { ApiError, maybe } from '../api/client.ts';
import { Available, ErrorNote } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { formatDate, formatWait, waitedMinutes } from '../lib/format.ts';
import { paths } from '../routes.ts';
import { createLiveList } from '../stores/live-list.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { OutreachPanel } from './OutreachPanel.tsx';
import { useStaff } from './StaffProvider.tsx';

const q = t.staff.queue;

/** Live queue: waiting cases by priority then waiting time, claim; my cases; follow-ups due. */
export default function QueuePage() {
  const { session } = useStaff();
  const navigate = useNavigate();
  const queue = createLiveList(() => listQueue({ status: 'open' }), queueEvents);
  const [followUps] = createResource(() => maybe(dueFollowUps()));
  const [now, setNow] = createSignal(Date.now());
  const [claiming, setClaiming] = createSignal<string>();
  const [claimError, setClaimError] = createSignal<string>();
  const [clause, setClause] = createSignal<string>();
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));

  const waiting = () => (queue.data() ?? []).filter((c) => c.status === 'queued');
  // The tab's title shows how many are waiting, so a counsellor working elsewhere sees a new case.
  createEffect(() => (document.title = `${waiting().length ? `(${waiting().length}) ` : ''}${q.title} · ${t.appName}`));
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

  const row = (c: QueueItem, action: 'claim' | 'open') => (
    <tr data-priority={c.priority}>
      <td>
        <span class={`priority p${c.priority}`}>{q.priorities[c.priority] ?? c.priority}</span>
      </td>
      <td>
        <div>{c.reason}</div>
        <Show when={c.preview}>
          <div class="small muted preview">“{c.preview}”</div>
        </Show>
      </td>
      <td>{c.seeker.name ?? c.seeker.phone ?? c.seekerId.slice(0, 8)}</td>
      <td>{formatWait(waitedMinutes(c.createdAt, c.claimedAt ? Date.parse(c.claimedAt) : now()))}</td>
      <td>
        {t.staff.caseStatus[c.status] ?? c.status}
        <Show when={c.assignedTo}>{(a) => <div class="small muted">{q.claimedBy(a().displayName)}</div>}</Show>
      </td>
      <td>
        <Show
          when={action === 'claim'}
          fallback={
            <A class="button secondary" href={paths.case(c.id)}>
              {q.open}
            </A>
          }
        >
          <button type="button" class="primary" disabled={!!claiming()} onClick={() => claim(c)}>
            {claiming() === c.id ? q.claiming : q.claim}
          </button>
        </Show>
      </td>
    </tr>
  );

  const table = (items: QueueItem[], action: 'claim' | 'open', empty: string, label: string) => (
    <Show when={items.length} fallback={<p class="muted">{empty}</p>}>
      <div class="table-wrap">
        <table class="data" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{q.priority}</th>
              <th scope="col">{q.reason}</th>
              <th scope="col">{t.staff.conversation.seekerSays}</th>
              <th scope="col">{q.waited}</th>
              <th scope="col">{q.status}</th>
              <th scope="col">{t.common.actions}</th>
            </tr>
          </thead>
          <tbody>
            <For each={items}>{(c) => row(c, action)}</For>
          </tbody>
        </table>
      </div>
    </Show>
  );

  return (
    <div class="queue-page">
      <div class="page-head">
        <h1>{q.title}</h1>
        <span class="live-indicator" classList={{ on: queue.live() === 'on' }} role="status">
          {queue.live() === 'on' ? q.live : queue.live() === 'retrying' ? q.offline : ''}
        </span>
      </div>
      <Show when={queue.error()}>
        {(e) =>
          e() instanceof ApiError && (e() as ApiError).unavailable ? (
            <p class="unavailable">{(e() as ApiError).unavailable === 'missing' ? t.common.unavailable : t.common.forbidden}</p>
          ) : (
            <ErrorNote error={e()} onRetry={() => void queue.refresh()} />
          )
        }
      </Show>
      <Show when={claimError()}>
        <p class="error" role="alert">
          {claimError()}
        </p>
      </Show>
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
            <Show when={f.overdue.length + f.dueToday.length} fallback={<p class="muted">{q.followUpsEmpty}</p>}>
              <ul class="plain-list">
                <For each={[...f.overdue, ...f.dueToday]}>
                  {(item) => (
                    <li>
                      <span class={item.daysOverdue ? 'status status-ineligible' : 'status status-unknown'}>{item.daysOverdue ? q.overdue : q.due}</span>{' '}
                      <A href={paths.ledgerRecord(item.seekerId)}>{item.seeker.name ?? item.seeker.phone ?? item.seekerId.slice(0, 8)}</A> · {formatDate(item.dueOn)}
                      <Show when={item.note}> · {item.note}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Available>
      </section>
      <OutreachPanel onCite={setClause} />
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

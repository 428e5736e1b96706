import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { exportUrl, QUEUE_REASONS, type QueueFilter, type QueueItem, RUBRIC } from '../api/review.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { MessageText } from '../components/MessageText.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { loadQueue, loadReviews, loadTranscript } from './audit.data.ts';
import { Transcript } from './case/Transcript.tsx';
import { RubricForm } from './RubricForm.tsx';

const a = t.staff.audit;
const reasonLabel = (r: string) => (zh.review.reasons as Record<string, string>)[r] ?? r;

/**
 * 质量督导: the review queue (each day's sample plus every flagged answer) filtered by reason,
 * rating, handoff and dates; an answer with its question, the whole conversation on demand, the
 * rubric; the review history and its CSV export.
 */
export default function AuditPage() {
  const [filter, setFilter] = createSignal<QueueFilter>({});
  const [queue, { refetch: refetchQueue }] = createResource(filter, loadQueue);
  const [reviews, { refetch: refetchReviews }] = createResource(loadReviews);
  const [conversation, setConversation] = createSignal<string>();
  const [transcript] = createResource(conversation, (id) => loadTranscript(id).catch((e: Error) => e));
  const [clause, setClause] = createSignal<string>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));
  const scored = () => {
    void refetchQueue();
    void refetchReviews();
  };
  const form: QueueFilter = {};

  const answerCard = (item: QueueItem) => (
    <li class="panel review-item">
      <p class="small muted">
        {formatDateTime(item.createdAt)}
        <For each={item.reasons}>{(r) => <span class={r === 'sampled' ? 'badge' : 'badge warn'}>{reasonLabel(r)}</span>}</For>
        <Show when={item.rating}>{(r) => <span class="badge">{r() > 0 ? '👍' : '👎'}</span>}</Show>
        <Show when={item.counsellors.length}> · {item.counsellors.join('、')}</Show>
      </p>
      <Show when={item.question}>
        <p>
          <strong>{a.question}：</strong>
          {item.question}
        </p>
      </Show>
      <p class="small">
        <strong>{a.answer}：</strong>
      </p>
      <MessageText text={item.answer} onCite={setClause} />
      <button type="button" class="link-button small" onClick={() => setConversation(item.conversationId)}>
        {a.openConversation}
      </button>
      <RubricForm messageId={item.messageId} onScored={scored} />
    </li>
  );

  return (
    <div class="audit-page">
      <h1>{a.title}</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...form });
        }}
      >
        <fieldset class="row wrap">
          <legend>{a.filters}</legend>
          <label>
            {a.reason}{' '}
            <select onChange={(e) => (form.reason = e.currentTarget.value || undefined)}>
              <option value="">{t.common.all}</option>
              <For each={QUEUE_REASONS}>{(r) => <option value={r}>{reasonLabel(r)}</option>}</For>
            </select>
          </label>
          <label>
            {a.rating}{' '}
            <select onChange={(e) => (form.rating = (e.currentTarget.value || undefined) as QueueFilter['rating'])}>
              <option value="">{t.common.all}</option>
              <option value="down">{a.thumbsDown}</option>
              <option value="up">{a.thumbsUp}</option>
              <option value="none">{a.noRating}</option>
            </select>
          </label>
          <label class="checkbox">
            <input type="checkbox" onChange={(e) => (form.handoff = e.currentTarget.checked ? true : undefined)} />
            {a.handoff}
          </label>
          <label>
            {a.from} <input type="date" onInput={(e) => (form.from = e.currentTarget.value || undefined)} />
          </label>
          <label>
            {a.to} <input type="date" onInput={(e) => (form.to = e.currentTarget.value || undefined)} />
          </label>
          <button type="submit" class="secondary">
            {t.common.search}
          </button>
        </fieldset>
      </form>

      <section aria-labelledby="audit-sample">
        <h2 id="audit-sample">{a.sample}</h2>
        <Available result={queue()}>
          {(d) => (
            <>
              <p class="small muted">{a.queueInfo(d.day, d.sampleSize, d.total)}</p>
              <Show when={d.items.length} fallback={<p class="muted">{a.empty}</p>}>
                <ul class="plain-list">
                  <For each={d.items}>{answerCard}</For>
                </ul>
              </Show>
            </>
          )}
        </Available>
      </section>

      <section aria-labelledby="audit-history">
        <div class="page-head">
          <h2 id="audit-history">{a.history}</h2>
          <a class="button secondary small-button" href={exportUrl({ from: filter().from, to: filter().to })} download="">
            {a.export}
          </a>
        </div>
        <Available result={reviews()}>
          {(d) => (
            <Show when={d.items.length} fallback={<p class="muted">{a.empty}</p>}>
              <div class="table-wrap">
                <table class="data">
                  <thead>
                    <tr>
                      <th scope="col">{a.reviewedAt}</th>
                      <th scope="col">{a.reviewer}</th>
                      <For each={RUBRIC}>{(k) => <th scope="col">{zh.review.rubric[k]}</th>}</For>
                      <th scope="col">{a.comment}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d.items}>
                      {(r) => (
                        <tr>
                          <td>{formatDateTime(r.createdAt)}</td>
                          <td>{r.reviewer}</td>
                          <For each={RUBRIC}>{(k) => <td>{r[k]}</td>}</For>
                          <td>{r.comment ?? ''}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </Available>
      </section>

      <Dialog open={!!conversation()} wide title={a.openConversation} onClose={() => setConversation(undefined)}>
        <Show when={transcript()} fallback={<p role="status">{t.common.loading}</p>}>
          {(tr) => {
            const v = tr();
            return v instanceof Error ? (
              <p role="alert">{v.message}</p>
            ) : (
              <Transcript
                messages={v.messages.map((m) => ({ ...m, id: m.messageId, authorName: m.author ?? null, flagged: m.flagged ?? null }))}
                onCite={setClause}
              />
            );
          }}
        </Show>
      </Dialog>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

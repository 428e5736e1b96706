import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import type { AnswerFilter, ReviewAnswer } from '../api/review.ts';
import { MessageText } from '../components/MessageText.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { loadAnswers, loadReviews, loadSample } from './audit.data.ts';
import { RubricForm } from './RubricForm.tsx';

const a = t.staff.audit;

/** Supervisors: filter answers, the sampling queue, score with the rubric, the review history. */
export default function AuditPage() {
  const [filter, setFilter] = createSignal<AnswerFilter>({});
  const [answers, { refetch: refetchAnswers }] = createResource(filter, loadAnswers);
  const [sample, { refetch: refetchSample }] = createResource(loadSample);
  const [reviews, { refetch: refetchReviews }] = createResource(loadReviews);
  const [clause, setClause] = createSignal<string>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));
  const scored = () => {
    void refetchSample();
    void refetchReviews();
    void refetchAnswers();
  };
  const form = { flagged: false, thumbsDown: false, handoff: false, from: '', to: '' };

  const answerCard = (item: ReviewAnswer) => (
    <li class="panel">
      <p class="small muted">
        {formatDateTime(item.createdAt)}
        <For each={item.flags ?? []}>{(f) => <span class="badge warn">{f}</span>}</For>
      </p>
      <Show when={item.question}>
        <p>
          <strong>{a.question}：</strong>
          {item.question}
        </p>
      </Show>
      <MessageText text={item.text} onCite={setClause} />
      <RubricForm messageId={item.messageId} onScored={scored} />
    </li>
  );

  return (
    <div class="audit-page">
      <h1>{a.title}</h1>
      <form
        class="row wrap filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...form });
        }}
      >
        <fieldset class="row wrap">
          <legend>{a.filters}</legend>
          <label class="checkbox">
            <input type="checkbox" onChange={(e) => (form.flagged = e.currentTarget.checked)} />
            {a.flagged}
          </label>
          <label class="checkbox">
            <input type="checkbox" onChange={(e) => (form.thumbsDown = e.currentTarget.checked)} />
            {a.thumbsDown}
          </label>
          <label class="checkbox">
            <input type="checkbox" onChange={(e) => (form.handoff = e.currentTarget.checked)} />
            {a.handoff}
          </label>
          <label>
            {a.from} <input type="date" onInput={(e) => (form.from = e.currentTarget.value)} />
          </label>
          <label>
            {a.to} <input type="date" onInput={(e) => (form.to = e.currentTarget.value)} />
          </label>
          <button type="submit" class="secondary">
            {t.common.search}
          </button>
        </fieldset>
      </form>

      <section aria-labelledby="audit-sample">
        <h2 id="audit-sample">{a.sample}</h2>
        <Available result={sample()}>
          {(d) => (
            <Show when={d.items.length} fallback={<p class="muted">{a.empty}</p>}>
              <ul class="plain-list">
                <For each={d.items}>{answerCard}</For>
              </ul>
            </Show>
          )}
        </Available>
      </section>

      <section aria-labelledby="audit-answers">
        <h2 id="audit-answers">{a.answer}</h2>
        <Available result={answers()}>
          {(d) => (
            <Show when={d.items.length} fallback={<p class="muted">{a.empty}</p>}>
              <ul class="plain-list">
                <For each={d.items}>{answerCard}</For>
              </ul>
            </Show>
          )}
        </Available>
      </section>

      <section aria-labelledby="audit-history">
        <h2 id="audit-history">{a.history}</h2>
        <Available result={reviews()}>
          {(d) => (
            <Show when={d.items.length} fallback={<p class="muted">{a.empty}</p>}>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{a.history}</th>
                    <For each={Object.values(a.rubric)}>{(label) => <th scope="col">{label}</th>}</For>
                    <th scope="col">{a.comment}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={d.items}>
                    {(r) => (
                      <tr>
                        <td>
                          {formatDateTime(r.createdAt)} {r.reviewer ?? ''}
                        </td>
                        <For each={Object.keys(a.rubric)}>{(k) => <td>{(r.scores as Record<string, number>)[k] ?? ''}</td>}</For>
                        <td>{r.comment ?? ''}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Available>
      </section>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { exportUrl, QUEUE_REASONS, type QueueFilter, type Review, RUBRIC } from '../api/review.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { ChoiceFilter, DateRangeFields, FilterForm } from '../components/Filters.tsx';
import { Available } from '../components/Unavailable.tsx';
import '../styles/review.css';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { AGREEMENT_PAGE_SIZE, loadAgreement, loadQueue, loadReviews, loadTranscript } from './audit.data.ts';
import { ReviewConversation } from './review/ReviewConversation.tsx';
import { ReviewWorkspace } from './review/ReviewWorkspace.tsx';

const a = t.staff.audit;
const reasonLabel = (r: string) => (zh.review.reasons as Record<string, string>)[r] ?? r;
const RATINGS = [
  ['down', a.thumbsDown],
  ['up', a.thumbsUp],
  ['none', a.noRating],
] as const;
const reviewColumns: Column<Review>[] = [
  { header: a.reviewedAt, cell: (r) => formatDateTime(r.createdAt) },
  { header: a.reviewer, cell: (r) => r.reviewer },
  ...RUBRIC.map((k): Column<Review> => ({ header: zh.review.rubric[k], cell: (r) => r[k] })),
  { header: a.comment, cell: (r) => r.comment ?? '' },
];

/**
 * 质量督导: the review queue (each day's sample plus every flagged answer) filtered by reason,
 * rating, handoff and dates, reviewed one answer at a time (ReviewWorkspace: question, context,
 * grounding result, cited clauses, the rubric with what each score means, keyboard); the whole
 * conversation on demand, with each answer's grounding and a rubric; the review history and its
 * CSV export.
 */
export default function AuditPage() {
  const [filter, setFilter] = createSignal<QueueFilter>({});
  const [queue, { refetch: refetchQueue }] = createResource(filter, loadQueue);
  const [reviews, { refetch: refetchReviews }] = createResource(loadReviews);
  const [agreementPage, setAgreementPage] = createSignal(1);
  const [agreement, { refetch: refetchAgreement }] = createResource(() => ({ from: filter().from, to: filter().to, page: agreementPage() }), loadAgreement);
  const [conversation, setConversation] = createSignal<string>();
  const [transcript] = createResource(conversation, (id) => loadTranscript(id).catch((e: Error) => e));
  const [clause, setClause] = createSignal<string>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));
  // Scoring leaves the queue as it is (the workspace marks what was scored); reloading it is asked for.
  const scored = () => {
    void refetchReviews();
    void refetchAgreement();
  };
  const [scoredInDialog, setScoredInDialog] = createSignal<ReadonlySet<string>>(new Set());
  const form: QueueFilter = {};

  return (
    <div class="audit-page">
      <h1>{a.title}</h1>
      <FilterForm
        legend={a.filters}
        onSearch={() => {
          setAgreementPage(1);
          setFilter({ ...form });
        }}
      >
        <ChoiceFilter label={a.reason} options={QUEUE_REASONS.map((r) => [r, reasonLabel(r)] as const)} onChange={(v) => (form.reason = v)} />
        <ChoiceFilter label={a.rating} options={RATINGS} onChange={(v) => (form.rating = v as QueueFilter['rating'])} />
        <label class="checkbox">
          <input type="checkbox" onChange={(e) => (form.handoff = e.currentTarget.checked ? true : undefined)} />
          {a.handoff}
        </label>
        <DateRangeFields onChange={(bound, date) => (form[bound] = date)} />
      </FilterForm>

      <section aria-labelledby="audit-sample">
        <h2 id="audit-sample">{a.sample}</h2>
        <Available result={queue()}>
          {(d) => (
            <>
              <p class="small muted">{a.queueInfo(d.day, d.sampleSize, d.total)}</p>
              <ReviewWorkspace
                items={d.items}
                onScored={scored}
                scoredElsewhere={scoredInDialog()}
                onReload={() => void refetchQueue()}
                onOpenConversation={setConversation}
                onCite={setClause}
              />
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
          {(d) => <DataTable rows={d.items} columns={reviewColumns} empty={a.empty} />}
        </Available>
      </section>

      <section aria-labelledby="audit-agreement">
        <h2 id="audit-agreement">{a.agreement}</h2>
        <Available result={agreement()}>
          {(d) => <AgreementTable data={d} page={agreementPage()} pageSize={AGREEMENT_PAGE_SIZE} onPage={setAgreementPage} />}
        </Available>
      </section>

      <Dialog open={!!conversation()} wide title={a.openConversation} onClose={() => setConversation(undefined)}>
        <Show when={transcript()} fallback={<p role="status">{t.common.loading}</p>}>
          {(tr) => {
            const v = tr();
            return v instanceof Error ? (
              <p role="alert">{v.message}</p>
            ) : (
              <ReviewConversation
                transcript={v}
                onCite={setClause}
                onScored={(id) => {
                  setScoredInDialog(new Set([...scoredInDialog(), id]));
                  scored();
                }}
              />
            );
          }}
        </Show>
      </Dialog>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

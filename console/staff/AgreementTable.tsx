import { Show } from 'solid-js';
import { type Agreement, RUBRIC } from '../api/review.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { Pager, pageCount } from '../components/Pager.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';

const a = t.staff.audit;
type Item = Agreement['items'][number];
/** A spread of 2 or more on a 1–5 scale is where the rubric needs calibrating: shown in red. */
const spread = (n: number) => <span class={n >= 2 ? 'spread-wide' : undefined}>{n}</span>;
const total = (r: Item['reviews'][number]) => RUBRIC.reduce((sum, k) => sum + r[k], 0);
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

const columns: Column<Item>[] = [
  { header: a.answeredAt, cell: (r) => formatDateTime(r.answeredAt) },
  { header: a.answer, cell: (r) => <span title={r.answer}>{excerpt(r.answer)}</span> },
  { header: a.reviewers, cell: (r) => r.reviews.map((v) => `${v.reviewer} ${total(v)}`).join('、') },
  ...RUBRIC.map((k): Column<Item> => ({ header: `${zh.review.rubric[k]}${a.spreadSuffix}`, cell: (r) => spread(r.spread[k]) })),
  { header: a.maxSpread, cell: (r) => spread(r.maxSpread) },
];

/**
 * 评审一致性: how many answers two or more reviewers scored and how many of them differ by 2 or
 * more somewhere, the mean spread per dimension, and the answers widest disagreement first, paged.
 */
export function AgreementTable(props: { data: Agreement; page: number; pageSize: number; onPage: (page: number) => void }) {
  return (
    <>
      <p class="small muted">{a.agreementInfo(props.data.summary.answers, props.data.summary.disagreements)}</p>
      <Show when={props.data.summary.answers}>
        <p class="small">
          {a.meanSpread}：{RUBRIC.map((k) => `${zh.review.rubric[k]} ${props.data.summary.meanSpread[k] ?? '—'}`).join(' · ')}
        </p>
      </Show>
      <DataTable rows={props.data.items} columns={columns} empty={a.agreementEmpty} label={a.agreement} />
      <Show when={props.data.total > props.pageSize}>
        <Pager page={props.page} pages={pageCount(props.data.total, props.pageSize)} onPage={props.onPage} />
      </Show>
    </>
  );
}

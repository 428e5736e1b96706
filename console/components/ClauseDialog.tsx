import { createResource, For, type JSX, Show, Suspense } from 'solid-js';
import { getClause } from '../api/chat.ts';
import type { Clause } from '../api/chat-types.ts';
import { t } from '../i18n.ts';
import { Dialog } from './Dialog.tsx';

/** The clause a citation chip points to, fetched from GET /api/policy/clauses/:id. */
export function ClauseDialog(props: { clauseId: string | undefined; onClose: () => void }) {
  const [clause] = createResource(() => props.clauseId, (id) => getClause(id).catch(() => null));
  return (
    <Dialog open={!!props.clauseId} title={t.seeker.clause.title} onClose={props.onClose}>
      <Suspense fallback={<p role="status">{t.common.loading}</p>}>
        <Show when={clause()} fallback={<Show when={clause() === null}><p role="alert">{t.seeker.clause.notFound}</p></Show>}>
          {(c) => <ClauseText clause={c()} />}
        </Show>
      </Suspense>
    </Dialog>
  );
}

/** A clause in full, or a search hit's part of it (id, title, text). */
export function ClauseText(props: { clause: Pick<Clause, 'clauseId' | 'title' | 'text'> & Partial<Clause>; actions?: JSX.Element }) {
  const doc = () => props.clause.document;
  return (
    <article class="clause" aria-label={props.clause.clauseId}>
      <h3>
        <span class="clause-id">{props.clause.clauseId}</span> {props.clause.title}
      </h3>
      <Show when={props.clause.section}>
        <p class="muted">
          {t.seeker.clause.section}：{props.clause.section}
        </p>
      </Show>
      <p class="clause-body">{props.clause.text}</p>
      <Show when={props.clause.units?.length}>
        <p class="muted">
          {t.seeker.clause.units}：<For each={props.clause.units}>{(u, i) => <>{i() ? '、' : ''}{u}</>}</For>
        </p>
      </Show>
      <Show when={doc()}>
        {(d) => <p class="muted small">{t.seeker.clause.source(d().planTitle ?? d().title ?? d().docKey, d().number ?? '')}</p>}
      </Show>
      {props.actions}
    </article>
  );
}

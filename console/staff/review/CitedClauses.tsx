import { For, Show } from 'solid-js';
import type { ReviewItem } from '../../api/review.ts';
import { zh } from '../../i18n.ts';

const w = zh.review.workspace;

/** The clauses an answer cites: the quote it shows and, beside it, the clause's whole text. */
export function CitedClauses(props: { citations: ReviewItem['citations'] }) {
  return (
    <section class="cited-clauses" aria-label={w.clauses}>
      <h3>{w.clauses}</h3>
      <Show when={props.citations.length} fallback={<p class="muted small">{w.noCitations}</p>}>
        <For each={props.citations}>
          {(c) => (
            <article class="cited-clause" classList={{ cut: c.cut }}>
              <h4>
                【{c.clauseId}】{c.heading ?? c.title}
                <Show when={c.cut}>
                  <span class="badge warn">{w.cut}</span>
                </Show>
              </h4>
              <p class="small">
                <strong>{w.quote}：</strong>
                {c.quote}
              </p>
              <Show when={c.clauseText} fallback={<p class="small muted">{w.clauseMissing}</p>}>
                <p class="small">
                  <strong>{w.clauseText}：</strong>
                </p>
                <p class="clause-text small">{c.clauseText}</p>
              </Show>
            </article>
          )}
        </For>
      </Show>
    </section>
  );
}

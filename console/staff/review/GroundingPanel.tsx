import { For, Show } from 'solid-js';
import type { GroundingReport } from '../../api/review.ts';
import { zh } from '../../i18n.ts';

const w = zh.review.workspace;
const found = (f: string[]) => f.map((x) => w.statusFound[x] ?? x).join('、');

/**
 * What the grounding check found for one answer: passed or not (a cut quote fails, whatever the
 * stored check said), regenerated or replaced, the claims and figures it refused, and each
 * sentence it had to check with its result.
 */
export function GroundingPanel(props: { report: GroundingReport | undefined }) {
  return (
    <section class="grounding-panel" aria-label={w.grounding}>
      <h3>{w.grounding}</h3>
      <Show when={props.report?.checked} fallback={<p class="muted small">{w.notChecked}</p>}>
        <p>
          <span class={`badge ${props.report!.passed ? 'ok' : 'warn'}`} data-grounding={props.report!.passed ? 'passed' : 'failed'}>
            {props.report!.passed ? w.passed : w.failed}
          </span>
          <Show when={props.report!.ok && !props.report!.passed && props.report!.cutQuotes.length}>
            <span class="small muted"> {w.okButCut}</span>
          </Show>
          <Show when={props.report!.regenerated}>
            <span class="badge">{w.regenerated}</span>
          </Show>
          <Show when={props.report!.replaced}>
            <span class="badge warn">{w.replaced}</span>
          </Show>
        </p>
        <Show when={props.report!.unsupportedClaims.length}>
          <h4>{w.unsupportedClaims}</h4>
          <ul class="grounding-list">
            <For each={props.report!.unsupportedClaims}>
              {(c) => (
                <li>
                  <q>{c.sentence}</q> <span class="small muted">{w.claim(c.cue, found(c.found))}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.report!.ungroundedFigures.length}>
          <p>
            <strong>{w.ungroundedFigures}：</strong>
            {props.report!.ungroundedFigures.join('、')}
          </p>
        </Show>
        <Show when={props.report!.unknownCitations.length}>
          <p>
            <strong>{w.unknownCitations}：</strong>
            {props.report!.unknownCitations.join('、')}
          </p>
        </Show>
        <Show when={props.report!.cutQuotes.length}>
          <p>
            <strong>{w.cutQuotes}：</strong>
            {props.report!.cutQuotes.join('、')}
          </p>
        </Show>
        <Show when={props.report!.checkedSentences.length} fallback={<p class="small muted">{w.noCheckedSentences}</p>}>
          <details open={props.report!.checkedSentences.some((s) => !s.ok)}>
            <summary class="small">{w.checkedSentences(props.report!.checkedSentences.length, props.report!.checkedSentences.filter((s) => !s.ok).length)}</summary>
            <ol class="grounding-list checked-sentences">
              <For each={props.report!.checkedSentences}>
                {(s) => (
                  <li classList={{ failed: !s.ok }}>
                    <span class={`badge ${s.ok ? 'ok' : 'warn'}`}>{s.ok ? w.sentenceOk : w.sentenceFailed}</span> {s.text}
                  </li>
                )}
              </For>
            </ol>
          </details>
        </Show>
      </Show>
    </section>
  );
}

import { For, Show } from 'solid-js';
import type { Benefit } from '../api/tool-outputs.ts';
import { t, zh } from '../i18n.ts';
import { CitationChip } from './MessageText.tsx';

const ORDER = { eligible: 0, unknown: 1, ineligible: 2 } as const;

/** Sorted for reading: what the seeker can have first, then what needs facts, then what is out. */
/** A benefit as the table shows it: the engine's line, with or without its audience. */
type Row = Omit<Benefit, 'audience'>;

export function sortBenefits<B extends Row>(benefits: readonly B[]): B[] {
  return [...benefits].sort((a, b) => (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3));
}

/**
 * Missing facts in words, from the rules' own labels: the ledger's evaluation names paths
 * (`person.birthDate` → 出生日期); the chat's eligibility tools already say them in words, which pass as they are.
 */
export function missingLabels(b: Pick<Benefit, 'missingFacts'>): string[] {
  return [...new Set(b.missingFacts.map((path) => zh.rules.factLabel(path)))];
}

/**
 * The rules engine's result as a table: benefit, status, amount, what is missing, with the reasons
 * one click away and the clause as a chip.
 */
export function EligibilityTable(props: { benefits: readonly Row[]; asOf?: string; onCite?: (clauseId: string) => void }) {
  const e = t.seeker.eligibility;
  return (
    <div class="table-wrap">
      <table class="eligibility">
        <caption>
          {e.caption}
          <Show when={props.asOf}>
            {(d) => <span class="muted small"> {e.asOf(d())}</span>}
          </Show>
        </caption>
        <thead>
          <tr>
            <th scope="col">{e.benefit}</th>
            <th scope="col">{e.status}</th>
            <th scope="col">{e.amount}</th>
            <th scope="col">{e.missing}</th>
          </tr>
        </thead>
        <tbody>
          <For each={sortBenefits(props.benefits)}>
            {(b) => (
              <tr data-status={b.status}>
                <th scope="row">
                  <span>{b.name}</span>
                  <For each={b.citations}>{(id) => <CitationChip clauseId={id} onOpen={props.onCite} />}</For>
                  <Show when={b.reasons.length}>
                    <details>
                      <summary>{e.showReasons}</summary>
                      <ul>
                        <For each={b.reasons}>{(r) => <li>{r}</li>}</For>
                      </ul>
                    </details>
                  </Show>
                </th>
                <td>
                  <span class={`status status-${b.status}`}>{zh.rules.status[b.status] ?? b.status}</span>
                </td>
                <td>{b.amount?.text ?? e.noAmount}</td>
                <td>{missingLabels(b).join('、') || e.nothingMissing}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

import { For, Show } from 'solid-js';
import { t } from '../i18n.ts';
import { CitationChip } from '../components/MessageText.tsx';

const p = t.seeker.privacy;

/** The privacy notice of 三（三）, shown before the seeker is asked for any personal fact. */
export function ConsentNotice(props: { given: string | undefined; onAgree: () => void; onWithdraw: () => void; onCite: (id: string) => void }) {
  return (
    <Show
      when={!props.given}
      fallback={
        <p class="consent-given small muted">
          {p.agreed} ·{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              if (confirm(p.withdrawConfirm)) props.onWithdraw();
            }}
          >
            {p.withdraw}
          </button>
        </p>
      }
    >
      <section class="consent" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{p.heading}</h2>
        <ul>
          <For each={p.body}>{(line) => <li>{line}</li>}</For>
        </ul>
        <p class="small">
          {p.basis} <CitationChip clauseId={p.basisClause} onOpen={props.onCite} />
        </p>
        <button type="button" class="primary" onClick={() => props.onAgree()}>
          {p.agree}
        </button>
      </section>
    </Show>
  );
}

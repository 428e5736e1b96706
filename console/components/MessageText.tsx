import { For, Match, Switch } from 'solid-js';
import { clauseLabel, splitCitations } from '../lib/citations.ts';
import { t } from '../i18n.ts';

/**
 * Message text as the seeker or counsellor reads it: line breaks kept, every 【clause】 marker a
 * chip that opens the clause. Text is rendered as text, never as HTML.
 */
export function MessageText(props: { text: string; onCite?: (clauseId: string) => void }) {
  const segments = () => splitCitations(props.text);
  return (
    <div class="message-text">
      <For each={segments()}>
        {(s) => (
          <Switch>
            <Match when={s.kind === 'text' && s}>{(seg) => <span>{seg().text}</span>}</Match>
            <Match when={s.kind === 'cite' && s}>
              {(seg) => (
                <For each={seg().clauseIds}>
                  {(id) => <CitationChip clauseId={id} onOpen={props.onCite} />}
                </For>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </div>
  );
}

export function CitationChip(props: { clauseId: string; title?: string; onOpen?: (clauseId: string) => void }) {
  return (
    <button
      type="button"
      class="chip"
      aria-label={t.seeker.citations.open(props.clauseId)}
      title={props.title ?? props.clauseId}
      disabled={!props.onOpen}
      onClick={() => props.onOpen?.(props.clauseId)}
    >
      {props.title ? `${clauseLabel(props.clauseId)} ${props.title}` : clauseLabel(props.clauseId)}
    </button>
  );
}

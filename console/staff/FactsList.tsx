import { For, Show } from 'solid-js';
import { t, zh } from '../i18n.ts';

const YES_NO = (v: unknown) => (v === true ? t.common.yes : v === false ? t.common.no : String(v));

/** The seeker's recorded facts with the rules' own labels. */
export function FactsList(props: { facts: Record<string, unknown> }) {
  const entries = () =>
    Object.entries(props.facts ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '' && typeof v !== 'object');
  return (
    <Show when={entries().length} fallback={<p class="muted small">{t.common.none}</p>}>
      <dl class="facts">
        <For each={entries()}>
          {([k, v]) => (
            <>
              <dt>{zh.rules.factLabel(`person.${k}`)}</dt>
              <dd>{k === 'employmentStatus' ? (zh.rules.employmentStatus as Record<string, string>)[String(v)] ?? String(v) : YES_NO(v)}</dd>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}

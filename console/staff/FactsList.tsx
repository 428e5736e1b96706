import { For, Show } from 'solid-js';
import { t, zh } from '../i18n.ts';

const YES_NO = (v: unknown) => (v === true ? t.common.yes : v === false ? t.common.no : String(v));

/** Enumerated facts in words, from the dictionaries the rules and matching already use. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  employmentStatus: zh.rules.employmentStatus,
  education: zh.jobs.education,
  hukou: t.facts.hukou,
  gender: t.facts.gender,
};
const valueOf = (key: string, v: unknown) => VALUE_LABELS[key]?.[String(v)] ?? YES_NO(v);

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
              <dd>{valueOf(k, v)}</dd>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}

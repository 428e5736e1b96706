import { For, Match, Switch } from 'solid-js';
import type { ToolCall } from '../api/chat-types.ts';
import { coursesOf, eligibilityOf, eventsOf, toolKind, vacanciesOf } from '../api/tool-outputs.ts';
import { EligibilityTable } from './EligibilityTable.tsx';
import { CourseCards, EventList, VacancyCards } from './MatchCards.tsx';

/**
 * What an answer's tools found, shown beside its words: the eligibility table, vacancy and course
 * cards, events. Only the last call of each kind is shown (a later call supersedes an earlier one).
 */
export function ToolResults(props: { toolCalls: readonly ToolCall[]; onCite?: (clauseId: string) => void }) {
  const latest = () => {
    const byKind = new Map<string, ToolCall>();
    for (const call of props.toolCalls) {
      const kind = toolKind(call.name);
      if (kind) byKind.set(kind, call);
    }
    return [...byKind.entries()];
  };
  return (
    <For each={latest()}>
      {([kind, call]) => (
        <Switch>
          <Match when={kind === 'eligibility' && eligibilityOf(call.output)}>
            {(r) => <EligibilityTable benefits={r().benefits} asOf={r().asOf} onCite={props.onCite} />}
          </Match>
          <Match when={kind === 'vacancies' && vacanciesOf(call.output)}>{(r) => <VacancyCards matches={r().matches} shortfall={r().shortfall} />}</Match>
          <Match when={kind === 'courses' && coursesOf(call.output)}>
            {(r) => (r().matches.length || r().shortfall ? <CourseCards matches={r().matches} shortfall={r().shortfall} /> : null)}
          </Match>
          <Match when={kind === 'events' && eventsOf(call.output)}>
            {(events) => (events().length ? <EventList events={events()} onCite={props.onCite} /> : null)}
          </Match>
        </Switch>
      )}
    </For>
  );
}

import { createResource, Show } from 'solid-js';
import { ApiError } from '../../api/client.ts';
import { matchVacancies, recommendCourses } from '../../api/matching.ts';
import { CourseCards, VacancyCards } from '../../components/MatchCards.tsx';
import { t } from '../../i18n.ts';

/** Vacancies and courses for the seeker's recorded facts, beside the chat (二（四）1: at least 3 each). */
export function MatchesPanel(props: { facts: Record<string, unknown> }) {
  const soft = <T,>(p: Promise<T>) => p.catch((e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'error', String(e))));
  // Keyed by the facts' content: the case refreshes on every live event, the facts rarely change.
  const facts = () => JSON.stringify(props.facts ?? {});
  const [vacancies] = createResource(facts, (f) => soft(matchVacancies(JSON.parse(f) as Record<string, unknown>, 5)));
  const [courses] = createResource(facts, (f) => soft(recommendCourses(JSON.parse(f) as Record<string, unknown>, { k: 3 })));
  return (
    <section class="panel" aria-labelledby="matches-h">
      <h2 id="matches-h">{t.staff.conversation.matches}</h2>
      <Show when={vacancies()} fallback={<p class="muted small">{t.common.loading}</p>}>
        {(v) => {
          const r = v();
          return r instanceof ApiError ? <p class="muted small">{r.unavailable ? t.common.unavailable : r.message}</p> : <VacancyCards matches={r.matches} shortfall={r.shortfall} />;
        }}
      </Show>
      <Show when={courses()}>
        {(c) => {
          const r = c();
          return r instanceof ApiError ? <p class="muted small">{r.unavailable ? t.common.unavailable : r.message}</p> : <CourseCards matches={r.matches} shortfall={r.shortfall} />;
        }}
      </Show>
    </section>
  );
}

import { createResource, createSignal, For, Show } from 'solid-js';
import { matchVacancies, recommendCourses } from '../api/matching.ts';
import { listCourses, listVacancies } from '../api/staff.ts';
import { zh } from '../i18n.ts';

const p = zh.forms.picker;

export interface PickedRef {
  refId: string;
  title: string;
  employer?: string;
}
type Option = PickedRef & { from: 'matches' | 'catalog' };

/**
 * Choosing the vacancy or course a counsellor recommended, instead of typing its id: the seeker's
 * own matches first (from their recorded facts), then the catalogue's live rows by name.
 */
export function RefPicker(props: { id: string; kind: 'job_recommendation' | 'course_recommendation'; facts?: Record<string, unknown>; chosen?: PickedRef | undefined; onPick: (r: PickedRef | undefined) => void; invalid?: boolean; describedBy?: string | undefined }) {
  const [q, setQ] = createSignal('');
  const jobs = () => props.kind === 'job_recommendation';
  const [matches] = createResource(
    () => (props.facts ? { kind: props.kind, facts: props.facts } : undefined),
    async ({ kind, facts }): Promise<Option[]> => {
      try {
        if (kind === 'job_recommendation') return (await matchVacancies(facts, 5)).matches.map((m) => ({ refId: m.vacancyId, title: m.title, employer: m.employer, from: 'matches' }));
        return (await recommendCourses(facts, { k: 5 })).matches.map((m) => ({ refId: m.courseId, title: m.title, employer: m.provider, from: 'matches' }));
      } catch {
        return [];
      }
    },
  );
  const [found] = createResource(
    () => ({ kind: props.kind, q: q().trim() }),
    async ({ kind, q }): Promise<Option[]> => {
      try {
        const query = { status: 'live', page: 1, ...(q ? { q } : {}) };
        if (kind === 'job_recommendation') return (await listVacancies(query)).items.map((r) => ({ refId: r.id, title: r.title, employer: r.employer, from: 'catalog' }));
        return (await listCourses(query)).items.map((r) => ({ refId: r.id, title: r.title, employer: r.provider, from: 'catalog' }));
      } catch {
        return [];
      }
    },
  );
  const options = () => {
    const seen = new Set<string>();
    return [...(q().trim() ? [] : (matches() ?? [])), ...(found() ?? [])].filter((o) => !seen.has(o.refId) && !!seen.add(o.refId)).slice(0, 10);
  };
  const pick = (o: Option) => props.onPick({ refId: o.refId, title: o.title, ...(jobs() && o.employer ? { employer: o.employer } : {}) });

  return (
    <div class="ref-picker">
      <Show
        when={props.chosen}
        fallback={
          <>
            <input
              id={props.id}
              type="search"
              placeholder={p.search}
              value={q()}
              aria-invalid={props.invalid}
              aria-describedby={props.describedBy}
              onInput={(e) => setQ(e.currentTarget.value)}
            />
            <ul class="plain-list ref-options" aria-label={p.options}>
              <For each={options()} fallback={<li class="small muted">{p.none}</li>}>
                {(o) => (
                  <li>
                    <button type="button" class="link-button" onClick={() => pick(o)}>
                      {o.title}
                      {o.employer ? ` · ${o.employer}` : ''}
                    </button>{' '}
                    <span class="badge">{o.from === 'matches' ? p.matches : p.catalog}</span>
                  </li>
                )}
              </For>
            </ul>
          </>
        }
      >
        {(c) => (
          <p class="row">
            <span role="status">{p.chosen([c().title, c().employer].filter(Boolean).join(' · '))}</span>
            <button type="button" class="ghost small-button" onClick={() => props.onPick(undefined)}>
              {p.change}
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}

import { For, Show } from 'solid-js';
import type { CourseMatch, EventItem, Shortfall, VacancyMatch } from '../api/tool-outputs.ts';
import { t } from '../i18n.ts';
import { CitationChip } from './MessageText.tsx';

function ShortfallNote(props: { shortfall?: Shortfall; label: string }) {
  return (
    <Show when={props.shortfall}>
      {(s) => (
        <p class="note" role="note">
          <strong>{props.label}</strong>：{s().reason} {s().counsellor}
        </p>
      )}
    </Show>
  );
}

export function VacancyCards(props: { matches: readonly VacancyMatch[]; shortfall?: Shortfall }) {
  const v = t.seeker.vacancies;
  return (
    <section class="cards" aria-label={v.heading}>
      <h3>{v.heading}</h3>
      <Show when={props.matches.length} fallback={<p class="muted">{v.none}</p>}>
        <ul class="card-list">
          <For each={props.matches}>
            {(m) => (
              <li class="card">
                <h4>
                  {m.title}
                  <Show when={m.demo}>
                    <span class="badge">{t.common.demo}</span>
                  </Show>
                </h4>
                <p class="card-sub">
                  {m.employer}
                  <Show when={m.workTypeLabel}> · {m.workTypeLabel}</Show>
                </p>
                <dl class="card-facts">
                  <Show when={m.wageText}>
                    <dt>{v.wage}</dt>
                    <dd>{m.wageText}</dd>
                  </Show>
                  <Show when={m.street || m.address}>
                    <dt>{v.place}</dt>
                    <dd>{m.address && m.street && m.address.includes(m.street) ? m.address : [m.street, m.address].filter(Boolean).join(' ')}</dd>
                  </Show>
                  <Show when={m.contact}>
                    <dt>{v.contact}</dt>
                    <dd>{m.contact}</dd>
                  </Show>
                </dl>
                <p class="muted small">
                  <Show when={m.headcount}>{(n) => <>{v.headcount(n())} </>}</Show>
                  <Show when={m.expiresOn}>{(d) => v.expires(d())}</Show>
                </p>
                <Show when={m.reasons?.length}>
                  <ul class="reasons" aria-label={v.reasons}>
                    <For each={m.reasons}>{(r) => <li>{r}</li>}</For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ShortfallNote shortfall={props.shortfall} label={v.shortfall} />
    </section>
  );
}

export function CourseCards(props: { matches: readonly CourseMatch[]; shortfall?: Shortfall }) {
  const c = t.seeker.courses;
  return (
    <section class="cards" aria-label={c.heading}>
      <h3>{c.heading}</h3>
      <ul class="card-list">
        <For each={props.matches}>
          {(m) => (
            <li class="card">
              <h4>
                {m.title}
                <Show when={m.demo}>
                  <span class="badge">{t.common.demo}</span>
                </Show>
              </h4>
              <p class="card-sub">
                {m.provider}
                <Show when={m.category}> · {m.category}</Show>
              </p>
              <Show when={m.startsOn}>
                <p class="small">
                  {c.dates}：{m.startsOn}
                  <Show when={m.endsOn}> — {m.endsOn}</Show>
                </p>
              </Show>
              <Show when={m.subsidised}>
                <p class="small ok">{c.subsidised}</p>
              </Show>
              <Show when={m.reasons?.length}>
                <ul class="reasons">
                  <For each={m.reasons}>{(r) => <li>{r}</li>}</For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <ShortfallNote shortfall={props.shortfall} label={c.shortfall} />
    </section>
  );
}

export function EventList(props: { events: readonly EventItem[]; onCite?: (clauseId: string) => void }) {
  const e = t.seeker.events;
  return (
    <section class="cards" aria-label={e.heading}>
      <h3>{e.heading}</h3>
      <ul class="event-list">
        <For each={props.events.slice(0, 12)}>
          {(ev) => (
            <li>
              <strong>{ev.name}</strong>
              <Show when={ev.timeText}> · {ev.timeText}</Show>
              <Show when={ev.location}> · {ev.location}</Show>
              <Show when={ev.clauseId}>{(id) => <CitationChip clauseId={id()} onOpen={props.onCite} />}</Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

import { For, type JSX, Show } from 'solid-js';
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

/** A titled block of result cards in a chat answer or a case (`section.cards` named by its heading). */
export function CardSection(props: { heading: string; children: JSX.Element }) {
  return (
    <section class="cards" aria-label={props.heading}>
      <h3>{props.heading}</h3>
      {props.children}
    </section>
  );
}

/**
 * One matched vacancy or course: its title (示例 when demo data), who offers it and a detail after a
 * dot, the kind's own facts (children), then why it matched.
 */
export function MatchCard(props: { title: string; demo?: boolean; by: string; detail?: string | null; reasons?: readonly string[]; reasonsLabel?: string; children?: JSX.Element }) {
  return (
    <li class="card">
      <h4>
        {props.title}
        <Show when={props.demo}>
          <span class="badge">{t.common.demo}</span>
        </Show>
      </h4>
      <p class="card-sub">
        {props.by}
        <Show when={props.detail}> · {props.detail}</Show>
      </p>
      {props.children}
      <Show when={props.reasons?.length}>
        <ul class="reasons" aria-label={props.reasonsLabel}>
          <For each={props.reasons}>{(r) => <li>{r}</li>}</For>
        </ul>
      </Show>
    </li>
  );
}

export function VacancyCards(props: { matches: readonly VacancyMatch[]; shortfall?: Shortfall }) {
  const v = t.seeker.vacancies;
  return (
    <CardSection heading={v.heading}>
      <Show when={props.matches.length} fallback={<p class="muted">{v.none}</p>}>
        <ul class="card-list">
          <For each={props.matches}>
            {(m) => (
              <MatchCard title={m.title} demo={m.demo} by={m.employer} detail={m.workTypeLabel} reasons={m.reasons} reasonsLabel={v.reasons}>
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
              </MatchCard>
            )}
          </For>
        </ul>
      </Show>
      <ShortfallNote shortfall={props.shortfall} label={v.shortfall} />
    </CardSection>
  );
}

export function CourseCards(props: { matches: readonly CourseMatch[]; shortfall?: Shortfall }) {
  const c = t.seeker.courses;
  return (
    <CardSection heading={c.heading}>
      <ul class="card-list">
        <For each={props.matches}>
          {(m) => (
            <MatchCard title={m.title} demo={m.demo} by={m.provider} detail={m.category} reasons={m.reasons}>
              <Show when={m.startsOn}>
                <p class="small">
                  {c.dates}：{m.startsOn}
                  <Show when={m.endsOn}> — {m.endsOn}</Show>
                </p>
              </Show>
              <Show when={m.subsidised}>
                <p class="small ok">{c.subsidised}</p>
              </Show>
            </MatchCard>
          )}
        </For>
      </ul>
      <ShortfallNote shortfall={props.shortfall} label={c.shortfall} />
    </CardSection>
  );
}

export function EventList(props: { events: readonly EventItem[]; onCite?: (clauseId: string) => void }) {
  const e = t.seeker.events;
  return (
    <CardSection heading={e.heading}>
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
    </CardSection>
  );
}

import { createSignal, For, Show } from 'solid-js';
import { addService, completeService, type NewService, removeService, type ServiceRecord } from '../api/cases.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { createFormErrors, ErrorText, Field, FieldError, SaveResult } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';
import { formatDate } from '../lib/format.ts';
import { TextCount } from '../components/TextCount.tsx';
import { type PickedRef, RefPicker } from './RefPicker.tsx';

const l = t.staff.ledger;
const sv = l.service;
/** The services a counsellor records by hand, in the order of the form's choice. */
const KINDS = ['career_guidance', 'policy_briefing', 'job_recommendation', 'course_recommendation', 'unemployment_registration'] as const;
type Kind = (typeof KINDS)[number];
type Input = 'deliveredOn' | 'refId' | 'title' | 'employer' | 'appliedOn' | 'completedOn' | 'note';
/** Which inputs each kind asks for (server/routes/staff/ledger.ts `Service`), and which of them are required. */
const INPUTS: Record<Kind, readonly Input[]> = {
  career_guidance: ['deliveredOn', 'note'],
  policy_briefing: ['deliveredOn', 'note'],
  job_recommendation: ['refId', 'deliveredOn', 'note'],
  course_recommendation: ['refId', 'deliveredOn', 'note'],
  unemployment_registration: ['appliedOn', 'completedOn', 'note'],
};
/** Filled by the picker with the chosen vacancy or course, not typed. */
const PICKED: Partial<Record<Kind, readonly Input[]>> = { job_recommendation: ['title', 'employer'], course_recommendation: ['title'] };
const REQUIRED: ReadonlySet<Input> = new Set(['refId', 'title', 'appliedOn']);
const DATES: ReadonlySet<Input> = new Set(['deliveredOn', 'appliedOn', 'completedOn']);
const MAX: Partial<Record<Input, number>> = { refId: 100, title: 100, employer: 100, note: 500 };
const LABEL: Record<Input, string> = {
  deliveredOn: sv.deliveredOn,
  refId: sv.refId,
  title: sv.title,
  employer: sv.employer,
  appliedOn: sv.appliedOn,
  completedOn: sv.completedOn,
  note: sv.note,
};
const kindLabel = (k: string) => (zh.cases.serviceKinds as Record<string, string>)[k] ?? k;

/** The body the server wants for `kind`: the kind's inputs, trimmed, the empty ones left out. */
function serviceBody(kind: Kind, values: Partial<Record<Input, string>>): NewService {
  const body: Record<string, string> = { kind };
  for (const input of [...INPUTS[kind], ...(PICKED[kind] ?? [])]) {
    const v = values[input]?.trim();
    if (v) body[input] = v;
  }
  return body as unknown as NewService;
}

/** A row's own words: what was recommended, the note. */
const detailText = (s: ServiceRecord) => {
  const d = (s.detail ?? {}) as { title?: string; employer?: string; note?: string };
  return [d.title && [d.title, d.employer].filter(Boolean).join(' · '), d.note].filter(Boolean).join(' — ');
};

/**
 * 已提供的服务 on a ledger record, and recording one delivered in person: 职业指导, 政策宣介, a
 * job or course recommended, 失业登记 (applied, completed later). A 失业登记 still open can be
 * marked completed; a wrongly recorded service removed. The server's complaint about a field
 * shows under that field. What was done is the page's to keep (`saved`, `onSaved`): reloading
 * the record after a change renders this panel anew.
 */
export function ServicesPanel(props: {
  seekerId: string;
  services: readonly ServiceRecord[];
  /** The seeker's recorded facts: the picker offers their matches first. */
  facts?: Record<string, unknown>;
  saved: string | undefined;
  onSaved: (done: string | undefined) => void;
  onChange: () => void;
}) {
  const [kind, setKind] = createSignal<Kind>('career_guidance');
  const [values, setValues] = createSignal<Partial<Record<Input, string>>>({});
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors();
  // Completing or removing a row: its errors stay with that row.
  const [completeOn, setCompleteOn] = createSignal<Record<string, string>>({});
  const [rowError, setRowError] = createSignal<{ id: string; field?: string | undefined; text: string }>();

  const set = (input: Input, value: string) => setValues({ ...values(), [input]: value });
  const chosen = (): PickedRef | undefined => {
    const v = values();
    return v.refId && v.title ? { refId: v.refId, title: v.title, ...(v.employer ? { employer: v.employer } : {}) } : undefined;
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    props.onSaved(undefined);
    try {
      await addService(props.seekerId, serviceBody(kind(), values()));
      setValues({});
      props.onSaved(sv.recorded);
      props.onChange();
    } catch (err) {
      errors.set(err);
    } finally {
      setBusy(false);
    }
  };
  const onRow = async (s: ServiceRecord, fn: () => Promise<unknown>, done: string) => {
    setRowError(undefined);
    props.onSaved(undefined);
    try {
      await fn();
      props.onSaved(done);
      props.onChange();
    } catch (err) {
      setRowError({ id: s.id, field: (err as { field?: string }).field, text: (err as Error).message });
    }
  };
  const complete = (s: ServiceRecord) => {
    const on = completeOn()[s.id];
    if (on) void onRow(s, () => completeService(props.seekerId, s.id, on), sv.completed(formatDate(on)));
  };
  const remove = (s: ServiceRecord) => {
    if (confirm(sv.removeConfirm)) void onRow(s, () => removeService(props.seekerId, s.id), sv.removed);
  };
  const rowName = (s: ServiceRecord) => `${s.label} ${formatDate(s.deliveredOn)}`;

  const columns: Column<ServiceRecord>[] = [
    { header: sv.date, cell: (s) => formatDate(s.deliveredOn) },
    {
      header: sv.kind,
      cell: (s) => (
        <>
          {s.label}
          <Show when={detailText(s)}>{(d) => <div class="small muted">{d()}</div>}</Show>
        </>
      ),
    },
    { header: sv.by, cell: (s) => <span class="small muted">{s.deliveredBy?.displayName ?? ''}</span> },
    {
      header: sv.status,
      cell: (s) => (
        <Show when={s.kind === 'unemployment_registration'}>
          <Show
            when={!s.completedOn}
            fallback={<span class="small">{sv.completed(formatDate(s.completedOn!))}</span>}
          >
            <Show when={s.dueOn}>
              <div class="small muted">{sv.due(formatDate(s.dueOn!))}</div>
            </Show>
            <form
              class="row"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                complete(s);
              }}
            >
              <input
                type="date"
                required
                aria-label={`${sv.completedOn}：${rowName(s)}`}
                aria-invalid={rowError()?.id === s.id && rowError()?.field === 'completedOn'}
                aria-describedby={rowError()?.id === s.id ? `svc-row-${s.id}-error` : undefined}
                value={completeOn()[s.id] ?? ''}
                onInput={(e) => setCompleteOn({ ...completeOn(), [s.id]: e.currentTarget.value })}
              />
              <button type="submit" class="ghost small-button">
                {sv.complete}
              </button>
            </form>
          </Show>
        </Show>
      ),
    },
    {
      header: t.common.actions,
      cell: (s) => (
        <>
          <button type="button" class="link-button small" aria-label={`${sv.remove}：${rowName(s)}`} onClick={() => remove(s)}>
            {sv.remove}
          </button>
          <FieldError id={`svc-row-${s.id}-error`} error={rowError()?.id === s.id ? rowError()!.text : undefined} />
        </>
      ),
    },
  ];

  return (
    <section class="panel services-panel" aria-labelledby="services-h">
      <h2 id="services-h">{l.services}</h2>
      <DataTable rows={props.services} columns={columns} empty={t.common.none} label={l.services} />
      <SaveResult result={props.saved ? { ok: true, text: props.saved } : undefined} small />
      <form class="stack" aria-labelledby="service-add-h" noValidate onSubmit={submit}>
        <h3 id="service-add-h">{sv.add}</h3>
        <Field id="svc-kind" label={sv.kind} error={errors.field('kind')}>
          {(a) => (
            <select
              id={a.id}
              value={kind()}
              aria-invalid={a.invalid()}
              aria-describedby={a.describedBy()}
              onChange={(e) => {
                setKind(e.currentTarget.value as Kind);
                errors.clear();
              }}
            >
              <For each={KINDS}>{(k) => <option value={k}>{kindLabel(k)}</option>}</For>
            </select>
          )}
        </Field>
        <For each={INPUTS[kind()]}>
          {(input) => (
            <Field id={`svc-${input}`} label={input === 'refId' ? zh.forms.picker.label : LABEL[input]} error={errors.field(input) ?? (input === 'refId' ? errors.field('title') : undefined)} help={input === 'deliveredOn' ? sv.deliveredOnHelp : undefined}>
              {(a) =>
                input === 'refId' ? (
                  <RefPicker
                    id={a.id}
                    kind={kind() as 'job_recommendation' | 'course_recommendation'}
                    {...(props.facts ? { facts: props.facts } : {})}
                    chosen={chosen()}
                    invalid={a.invalid()}
                    describedBy={a.describedBy()}
                    onPick={(r) => {
                      errors.clear();
                      setValues({ ...values(), refId: r?.refId ?? '', title: r?.title ?? '', employer: r?.employer ?? '' });
                    }}
                  />
                ) : (
                <input
                  id={a.id}
                  type={DATES.has(input) ? 'date' : 'text'}
                  required={REQUIRED.has(input)}
                  value={values()[input] ?? ''}
                  aria-invalid={a.invalid()}
                  aria-describedby={[a.describedBy(), MAX[input] ? `svc-${input}-count` : ''].filter(Boolean).join(' ') || undefined}
                  onInput={(e) => set(input, e.currentTarget.value)}
                />
                )
              }
            </Field>
          )}
        </For>
        <For each={INPUTS[kind()].filter((i) => MAX[i] && i !== 'refId')}>{(input) => <TextCount id={`svc-${input}-count`} value={values()[input] ?? ''} max={MAX[input]!} />}</For>
        <ErrorText error={errors.general(['kind', ...INPUTS[kind()]])} />
        <button type="submit" class="secondary" disabled={busy()}>
          {sv.submit}
        </button>
      </form>
    </section>
  );
}

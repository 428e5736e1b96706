import { createSignal, For, Show } from 'solid-js';
import { correctFacts, type Dialogue, type DialogueFact, type FactsCorrection } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorText, FieldError, SaveResult } from '../../components/FormStatus.tsx';
import { t, zh } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';

const p = zh.dialogueState.panel;
const ROLE_CHOICES = ['seeker', 'employer'] as const;

const domId = (path: string) => `fact-${path.replaceAll('.', '-')}`;

/** `person.business.form` + value → `{ business: { form: value } }`, the PATCH body's `person`. */
export function personPatch(path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.').slice(1);
  return keys.reduceRight<Record<string, unknown>>((inner, key, i) => (i === keys.length - 1 ? { [key]: value } : { [key]: inner }), {});
}

/** What the editor's text means as the fact's value (a choice keeps its option's type: 50 stays a number). */
export function parseValue(fact: Pick<DialogueFact, 'input'>, raw: string): unknown {
  const input = fact.input;
  if (!input) return raw;
  if (input.kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (input.kind === 'choice') return input.options.find((o) => String(o.value) === raw)?.value ?? raw;
  if (input.kind === 'number') return raw.trim() === '' ? raw : Number(raw);
  return raw;
}

const rawOf = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/**
 * 对话状态: who is asking (and how that was decided), what is being discussed, what is known (each
 * person fact correctable inline by the holder or a supervisor, the server's field error under the
 * field), what the last answer asked, and the corrections made so far.
 */
export function DialoguePanel(props: { caseId: string; dialogue: Dialogue | undefined; canCorrect: boolean; onChange: (d: Dialogue) => void }) {
  const [editing, setEditing] = createSignal<string>();
  const [draft, setDraft] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [fieldError, setFieldError] = createSignal<{ field: string; message: string }>();
  const [error, setError] = createSignal<string>();
  const [saved, setSaved] = createSignal<{ ok: boolean; text: string }>();

  const open = (key: string, raw: string) => {
    setEditing(key);
    setDraft(raw);
    setFieldError(undefined);
    setError(undefined);
    setSaved(undefined);
  };
  const close = () => {
    setEditing(undefined);
    setFieldError(undefined);
  };
  const send = async (correction: FactsCorrection, field: string) => {
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const res = await correctFacts(props.caseId, correction);
      setEditing(undefined);
      setSaved({ ok: true, text: p.saved });
      props.onChange(res.dialogue);
    } catch (e) {
      // The server names the field (`person.hukou`): its message goes under that field; any other error above.
      if (e instanceof ApiError && e.field === field) setFieldError({ field, message: e.message });
      else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (field: string) => (fieldError()?.field === field ? fieldError()!.message : undefined);

  return (
    <section class="panel" aria-labelledby="dialogue-h">
      <h2 id="dialogue-h">{p.title}</h2>
      <Show when={props.dialogue} fallback={<p class="muted small">{p.none}</p>}>
        {(d) => (
          <dl class="facts dialogue-state">
            <dt>{p.role}</dt>
            <dd>
              <Show
                when={editing() === 'role'}
                fallback={
                  <>
                    {d().roleLabel}
                    <span class="muted small">{p.roleSource(d().roleSourceLabel)}</span>
                    <Show when={props.canCorrect && d().role !== 'staff'}>
                      {' '}
                      <button type="button" class="ghost small-button" aria-label={p.correctRole} onClick={() => open('role', d().role)}>
                        {p.edit}
                      </button>
                    </Show>
                  </>
                }
              >
                <form
                  class="row wrap"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void send({ role: draft() as FactsCorrection['role'] }, 'role');
                  }}
                >
                  <label for="dialogue-role" class="visually-hidden">
                    {p.correctRole}
                  </label>
                  <select id="dialogue-role" value={draft()} aria-describedby="dialogue-role-error" onChange={(e) => setDraft(e.currentTarget.value)}>
                    <For each={ROLE_CHOICES}>{(r) => <option value={r}>{zh.dialogueState.roles[r]}</option>}</For>
                  </select>
                  <SaveCancel busy={busy()} onCancel={close} />
                </form>
                <FieldError id="dialogue-role-error" error={errorFor('role')} />
              </Show>
            </dd>

            <dt>{p.topic}</dt>
            <dd>
              {[...d().topic.map((b) => b.name), ...(d().service ? [d().service!.name] : [])].join('、') || <span class="muted">{p.none}</span>}
            </dd>

            <dt>{p.facts}</dt>
            <dd>
              <Show when={d().facts.length} fallback={<span class="muted">{p.none}</span>}>
                <dl class="facts">
                  <For each={d().facts}>
                    {(f) => (
                      <>
                        <dt>{f.label}</dt>
                        <dd>
                          <Show
                            when={editing() === f.path && f.input}
                            fallback={
                              <>
                                {f.valueLabel}
                                <Show when={props.canCorrect && f.input}>
                                  {' '}
                                  <button type="button" class="ghost small-button" aria-label={`${p.edit}：${f.label}`} onClick={() => open(f.path, rawOf(f.value))}>
                                    {p.edit}
                                  </button>
                                </Show>
                              </>
                            }
                          >
                            {(input) => (
                              <form
                                class="row wrap"
                                onSubmit={(e) => {
                                  e.preventDefault();
                                  void send({ person: personPatch(f.path, parseValue(f, draft())) }, f.path);
                                }}
                              >
                                <label for={domId(f.path)} class="visually-hidden">
                                  {f.label}
                                </label>
                                <Show
                                  when={input().kind === 'boolean' || input().kind === 'choice'}
                                  fallback={
                                    <input
                                      id={domId(f.path)}
                                      type={input().kind === 'date' ? 'date' : input().kind === 'number' ? 'number' : 'text'}
                                      value={draft()}
                                      aria-describedby={`${domId(f.path)}-error`}
                                      onInput={(e) => setDraft(e.currentTarget.value)}
                                    />
                                  }
                                >
                                  <select id={domId(f.path)} value={draft()} aria-describedby={`${domId(f.path)}-error`} onChange={(e) => setDraft(e.currentTarget.value)}>
                                    <For
                                      each={
                                        (() => {
                                          const i = input();
                                          return i.kind === 'choice'
                                            ? i.options.map((o) => ({ value: String(o.value), label: o.label }))
                                            : [
                                                { value: 'true', label: t.common.yes },
                                                { value: 'false', label: t.common.no },
                                              ];
                                        })()
                                      }
                                    >
                                      {(o) => <option value={o.value}>{o.label}</option>}
                                    </For>
                                  </select>
                                </Show>
                                <SaveCancel busy={busy()} onCancel={close} />
                              </form>
                            )}
                          </Show>
                          <FieldError id={`${domId(f.path)}-error`} error={errorFor(f.path)} />
                        </dd>
                      </>
                    )}
                  </For>
                </dl>
              </Show>
            </dd>

            <dt>{p.asked}</dt>
            <dd>
              <Show when={d().asked.length} fallback={<span class="muted">{p.none}</span>}>
                <ul class="plain-list">
                  <For each={d().asked}>{(a) => <li>{a.label}</li>}</For>
                </ul>
              </Show>
            </dd>
          </dl>
        )}
      </Show>
      <ErrorText error={error()} />
      <SaveResult result={saved()} small />
      <Show when={props.dialogue?.corrections.length}>
        <details class="history">
          <summary>{p.corrections}</summary>
          <ul class="plain-list small">
            <For each={props.dialogue!.corrections}>
              {(c) => (
                <li>
                  {formatDateTime(c.createdAt)} · {p.correction(c.actorName, c.label, c.oldLabel, c.newLabel)}
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </section>
  );
}

/** The two buttons of an inline correction. */
function SaveCancel(props: { busy: boolean; onCancel: () => void }) {
  return (
    <>
      <button type="submit" class="secondary small-button" disabled={props.busy}>
        {p.save}
      </button>
      <button type="button" class="ghost small-button" onClick={() => props.onCancel()}>
        {p.cancel}
      </button>
    </>
  );
}

import { createSignal, For, Show } from 'solid-js';
import { correctFacts, type Dialogue } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorText, FieldError, SaveResult } from '../../components/FormStatus.tsx';
import { t, zh } from '../../i18n.ts';
import { parseValue, personPatch } from './DialoguePanel.tsx';

const a = zh.caseWorkspace.addFact;
const p = zh.dialogueState.panel;

/**
 * Adding a fact of the seeker's that the conversation has not established (the holder or a
 * supervisor): pick the fact, give its value, and it is saved as a correction from 未知 — recorded
 * with who and when like any other — so the eligibility is read again from it.
 */
export function AddFact(props: { caseId: string; addable: NonNullable<Dialogue['addable']>; onChange: (d: Dialogue) => void }) {
  const [path, setPath] = createSignal('');
  const [draft, setDraft] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [fieldError, setFieldError] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [saved, setSaved] = createSignal<{ ok: boolean; text: string }>();
  const fact = () => props.addable.find((f) => f.path === path());
  const options = () => {
    const i = fact()?.input;
    if (!i) return [];
    if (i.kind === 'choice') return i.options.map((o) => ({ value: String(o.value), label: o.label }));
    if (i.kind === 'boolean') return [{ value: 'true', label: t.common.yes }, { value: 'false', label: t.common.no }];
    return [];
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const f = fact();
    if (!f) return;
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    setSaved(undefined);
    try {
      const res = await correctFacts(props.caseId, { person: personPatch(f.path, parseValue(f, draft())) });
      setPath('');
      setDraft('');
      setSaved({ ok: true, text: p.saved });
      props.onChange(res.dialogue);
    } catch (err) {
      if (err instanceof ApiError && err.field === f.path) setFieldError(err.message);
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="add-fact-h">
      <h2 id="add-fact-h">{a.title}</h2>
      <Show when={props.addable.length} fallback={<p class="muted small">{a.none}</p>}>
        <form class="row wrap add-fact" onSubmit={submit}>
          <label for="add-fact-field">{a.field}</label>
          <select
            id="add-fact-field"
            value={path()}
            onChange={(e) => {
              setPath(e.currentTarget.value);
              setDraft('');
              setFieldError(undefined);
            }}
          >
            <option value="">{a.choose}</option>
            <For each={props.addable}>{(f) => <option value={f.path}>{f.label}</option>}</For>
          </select>
          <Show when={fact()}>
            {(f) => (
              <>
                <label for="add-fact-value">{a.value}</label>
                <Show
                  when={options().length}
                  fallback={
                    <input
                      id="add-fact-value"
                      type={f().input.kind === 'date' ? 'date' : f().input.kind === 'number' ? 'number' : 'text'}
                      value={draft()}
                      aria-describedby="add-fact-value-error"
                      onInput={(e) => setDraft(e.currentTarget.value)}
                    />
                  }
                >
                  <select id="add-fact-value" value={draft()} aria-describedby="add-fact-value-error" onChange={(e) => setDraft(e.currentTarget.value)}>
                    <option value="">{a.choose}</option>
                    <For each={options()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
                  </select>
                </Show>
                <button type="submit" class="secondary small-button" disabled={busy() || draft() === ''}>
                  {a.submit}
                </button>
              </>
            )}
          </Show>
        </form>
        <FieldError id="add-fact-value-error" error={fieldError()} />
      </Show>
      <ErrorText error={error()} />
      <SaveResult result={saved()} small />
    </section>
  );
}

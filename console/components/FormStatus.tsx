import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError } from '../api/client.ts';

/** What went wrong with the last action, announced as an alert; nothing while there is no error. */
export function ErrorText(props: { error: string | undefined }) {
  return (
    <Show when={props.error}>
      <p class="error" role="alert">
        {props.error}
      </p>
    </Show>
  );
}

/** How a save went: done (a status, in green) or not (an alert); nothing before the first save. */
export function SaveResult(props: { result: { ok: boolean; text: string } | undefined; small?: boolean }) {
  return (
    <Show when={props.result}>
      {(m) => (
        <p role={m().ok ? 'status' : 'alert'} class={`${m().ok ? 'ok' : 'error'}${props.small ? ' small' : ''}`}>
          {m().text}
        </p>
      )}
    </Show>
  );
}

/** The server's complaint about one field, right under it; the field points here with aria-describedby. */
export function FieldError(props: { id: string; error: string | undefined }) {
  return (
    <Show when={props.error}>
      <p id={props.id} class="error small" role="alert">
        {props.error}
      </p>
    </Show>
  );
}

/**
 * A form's errors from a failed request: one naming a field (`error.field` of a 4xx body) goes
 * under that field, anything else under the form.
 */
export function createFormErrors() {
  const [state, setState] = createSignal<{ field?: string; text: string }>();
  return {
    /** The error for `name`, if the last failure named that field. */
    field: (name: string) => (state()?.field === name ? state()!.text : undefined),
    /** The error that named no field (or a field this form does not show: `shown` lists them). */
    general: (shown: readonly string[] = []) => {
      const s = state();
      return s && !(s.field && shown.includes(s.field)) ? s.text : undefined;
    },
    set: (e: unknown) => setState({ field: e instanceof ApiError ? e.field : undefined, text: (e as Error).message }),
    clear: () => setState(undefined),
  };
}
export type FormErrors = ReturnType<typeof createFormErrors>;

/** What a `Field` hands its input: its id, and whether (and by what) it is described as wrong. */
export interface FieldAttrs {
  id: string;
  invalid: () => boolean;
  describedBy: () => string | undefined;
}

/** A labelled field (`.field`): the label, the input from `children`, a help line, the server's error for it. */
export function Field(props: { id: string; label: string; error?: string | undefined; help?: string; children: (a: FieldAttrs) => JSX.Element }) {
  const attrs: FieldAttrs = {
    id: props.id,
    invalid: () => !!props.error,
    describedBy: () => [props.error ? `${props.id}-error` : '', props.help ? `${props.id}-help` : ''].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children(attrs)}
      <Show when={props.help}>
        <span id={`${props.id}-help`} class="small muted">
          {props.help}
        </span>
      </Show>
      <FieldError id={`${props.id}-error`} error={props.error} />
    </div>
  );
}

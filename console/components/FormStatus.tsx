import { Show } from 'solid-js';

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

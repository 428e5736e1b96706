import { type JSX, Match, Switch } from 'solid-js';
import type { Maybe } from '../api/client.ts';
import { t } from '../i18n.ts';

/** Renders the data of a screen built ahead of its API, or says plainly that the API is not there. */
export function Available<T>(props: { result: Maybe<T> | undefined; children: (data: T) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.result?.unavailable === 'missing'}>
        <p class="unavailable" role="status">
          {t.common.unavailable}
        </p>
      </Match>
      <Match when={props.result?.unavailable === 'forbidden'}>
        <p class="unavailable" role="status">
          {t.common.forbidden}
        </p>
      </Match>
      {/* keyed: a refreshed result is a new object and renders anew */}
      <Match when={props.result && props.result.unavailable === undefined && props.result} keyed>
        {(r) => props.children((r as { data: T }).data)}
      </Match>
    </Switch>
  );
}

export function ErrorNote(props: { error: unknown; onRetry?: () => void }) {
  return (
    <div class="error-box" role="alert">
      <p>{(props.error as Error)?.message ?? t.common.error}</p>
      {props.onRetry && (
        <button type="button" class="secondary" onClick={() => props.onRetry?.()}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}

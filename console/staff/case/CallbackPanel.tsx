import { createResource, createSignal, Show } from 'solid-js';
import { type CaseCallback, caseCallback, markCalledBack, revealCallback } from '../../api/callbacks.ts';
import { ErrorText } from '../../components/FormStatus.tsx';
import { zh } from '../../i18n.ts';
import { formatDateTime } from '../../lib/format.ts';

const w = zh.wait.staff;

/**
 * The call-back the seeker left outside duty hours, on the case page: masked until the counsellor
 * asks for the number (which the access log records), then a tel: link and "标记已回电". Shows
 * nothing when no call-back was left.
 */
export function CallbackPanel(props: { caseId: string }) {
  // Not being allowed to see it (a case one does not work) shows nothing rather than an error.
  const [loaded, { mutate }] = createResource(() => props.caseId, (id) => caseCallback(id).catch(() => null));
  const [error, setError] = createSignal<string>();
  const act = async (run: () => Promise<CaseCallback | null | void>) => {
    setError(undefined);
    try {
      const next = await run();
      if (next !== undefined) mutate(next);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Show when={loaded()}>
      {(cb) => (
        <section class="panel callback-panel" aria-labelledby="callback-h">
          <h2 id="callback-h">{w.heading}</h2>
          <p>
            {w.phone}：
            <Show when={cb().revealed} fallback={<span data-testid="callback-phone">{cb().phone}</span>}>
              <a href={`tel:${cb().phone}`} data-testid="callback-phone">
                {cb().phone}
              </a>
            </Show>
          </p>
          <Show when={cb().message}>
            <p class="callback-message">{cb().message}</p>
          </Show>
          <p class="small muted">{formatDateTime(cb().requestedAt)}</p>
          <ErrorText error={error()} />
          <Show
            when={!cb().handledAt}
            fallback={
              <p class="small">
                {w.handledAt} · {formatDateTime(cb().handledAt!)}
              </p>
            }
          >
            <div class="row">
              <Show when={!cb().revealed}>
                <button type="button" class="secondary" onClick={() => act(() => revealCallback(props.caseId))}>
                  {w.reveal}
                </button>
              </Show>
              <button
                type="button"
                onClick={() => act(async () => ({ ...cb(), handledAt: (await markCalledBack(props.caseId)).callback.handledAt }))}
              >
                {w.handled}
              </button>
            </div>
          </Show>
        </section>
      )}
    </Show>
  );
}

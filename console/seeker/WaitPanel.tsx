import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { zh } from '../i18n.ts';
import type { ChatStore } from '../stores/chat.ts';
import { CallbackForm } from './CallbackForm.tsx';
import { getWait, type WaitState } from './wait-api.ts';

const w = zh.wait;
/** How often the page asks again while the seeker waits (the queue moves without telling this page). */
const POLL_MS = 15_000;

/** The next duty period in the centre's time, in words. */
function nextStartText(d: WaitState['duty']) {
  if (!d.nextStart) return w.offDuty.noNext;
  const local = (ms: number) => new Date(ms + d.utcOffsetMinutes * 60_000);
  const start = local(Date.parse(d.nextStart));
  const today = local(Date.now());
  const dayNo = (x: Date) => Math.floor(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()) / 86_400_000);
  const ahead = dayNo(start) - dayNo(today);
  const relative = ahead === 0 ? w.offDuty.today : ahead === 1 ? w.offDuty.tomorrow : '';
  return w.offDuty.next({ month: start.getUTCMonth() + 1, day: start.getUTCDate(), weekday: start.getUTCDay(), hour: start.getUTCHours(), minute: start.getUTCMinutes() }, relative);
}

/**
 * What the seeker waits for after 找人工, from the server (so a reload restores it): the place in
 * the queue and the expected wait (or that there is not enough data for one), the counsellor's
 * name once one has taken over, and outside the duty hours the next period, the hotline and the
 * call-back form. Asked again on every change of the conversation and every 15 s while waiting.
 */
export function WaitPanel(props: { chat: ChatStore }) {
  const [wait, setWait] = createSignal<WaitState>();
  const [formOpen, setFormOpen] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restored = false;

  const refresh = async () => {
    clearTimeout(timer);
    const s = props.chat.session();
    if (!s) return setWait(undefined);
    try {
      const next = await getWait(s);
      setWait(next);
      // After a reload the handoff note of this page is not in the stored transcript: put it back once.
      if (!restored && next.case && next.state !== 'none') props.chat.notice(`handoff:${next.case.id}`, w.handoffRestored);
      restored = true;
    } catch {
      /* the status line stays as it was; the next change or poll asks again */
    }
    if (wait()?.state === 'waiting') timer = setTimeout(refresh, POLL_MS);
  };
  createEffect(on(() => [props.chat.state.status, props.chat.state.caseId, props.chat.state.messages.length, props.chat.hasSession()], () => void refresh()));
  onCleanup(() => clearTimeout(timer));

  const show = () => {
    const x = wait();
    return x && (x.state === 'waiting' || x.state === 'counsellor') && props.chat.state.status !== 'bot' ? x : undefined;
  };

  return (
    <Show when={show()}>
      {(x) => (
        <section class="wait-panel" role="status" aria-live="polite" data-state={x().state}>
          <Show when={x().state === 'counsellor'}>
            <p class="wait-line">{x().counsellor ? w.withCounsellor(x().counsellor!.displayName) : w.withCounsellorUnnamed}</p>
          </Show>
          <Show when={x().state === 'waiting' && x().duty.onDuty}>
            <p class="wait-line wait-position">{x().position === 1 ? w.first : w.position(x().position ?? 1)}</p>
            <p class="wait-line small wait-estimate">{x().estimate ? w.estimate(x().estimate!.minutes, x().estimate!.samples) : w.noEstimate}</p>
            <p class="small muted">{zh.console.seeker.handoff.queued}</p>
          </Show>
          <Show when={x().state === 'waiting' && !x().duty.onDuty}>
            <p class="wait-line off-duty-heading">{w.offDuty.heading}</p>
            <p class="small">
              {w.offDuty.body}
              {nextStartText(x().duty)}
            </p>
            <p class="small">
              {w.offDuty.hotline(x().duty.hotline.label)}
              <a href={`tel:${x().duty.hotline.number}`}>{x().duty.hotline.number}</a>
            </p>
            <Show
              when={x().callback}
              fallback={
                <Show when={formOpen()} fallback={<button type="button" class="secondary small-button" onClick={() => setFormOpen(true)}>{w.offDuty.leaveMessage}</button>}>
                  <CallbackForm chat={props.chat} onCancel={() => setFormOpen(false)} onDone={() => { setFormOpen(false); void refresh(); }} />
                </Show>
              }
            >
              {(cb) => <p class="small ok callback-done">{w.callback.done(cb().phone ?? '')}</p>}
            </Show>
          </Show>
        </section>
      )}
    </Show>
  );
}

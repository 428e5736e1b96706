import { createSignal, Show } from 'solid-js';
import { zh } from '../i18n.ts';
import { storage } from '../stores/storage.ts';
import '../styles/helpers.css';

const a = zh.helpers.alerts;
export const ALERTS_KEY = 'yb.queue.alerts';
const URGENT = 0;

let audio: AudioContext | undefined;

/** A short beep (twice, higher, for an urgent case); silent where Web Audio is missing or blocked. */
function beep(urgent: boolean) {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const tones = urgent ? [0, 0.25, 0.5] : [0];
    for (const at of tones) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = urgent ? 1040 : 660;
      gain.gain.setValueAtTime(0.15, audio.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + at + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + at);
      osc.stop(audio.currentTime + at + 0.2);
    }
  } catch {
    // no sound available: the desktop notification and the tab title still say it
  }
}

/**
 * Opt-in alerts for the queue, per browser (localStorage): a sound and a desktop notification
 * (Notification API; permission is asked when switched on) when a case enters the queue, and
 * distinctly when it is urgent (priority 0, 紧急). `onEvent` takes the queue stream's events.
 */
export function createQueueAlerts() {
  const [enabled, setEnabled] = createSignal(storage.get<boolean>(ALERTS_KEY) === true);
  const [note, setNote] = createSignal<string>();
  const supported = () => typeof Notification !== 'undefined';

  const toggle = async (on: boolean) => {
    setEnabled(on);
    storage.set(ALERTS_KEY, on);
    setNote(undefined);
    if (!on) return;
    beep(false); // the click is the gesture that lets the page play sound later
    if (!supported()) return setNote(a.unsupported);
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') setNote(a.denied);
  };

  const onEvent = (e: { type: string; payload: Record<string, unknown> }) => {
    if (!enabled() || e.type !== 'case_queued') return;
    const urgent = e.payload.priority === URGENT;
    beep(urgent);
    if (!supported() || Notification.permission !== 'granted') return;
    const reason = typeof e.payload.reason === 'string' ? e.payload.reason : '';
    try {
      new Notification(urgent ? a.urgentCase : a.newCase, { body: a.body(reason), tag: `case-${String(e.payload.caseId)}`, requireInteraction: urgent });
    } catch {
      // some browsers only notify from a service worker: the sound has played
    }
  };

  const Toggle = () => (
    <div class="queue-alerts">
      <label class="checkbox">
        <input type="checkbox" id="queue-alerts" checked={enabled()} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {a.toggle}
      </label>
      <span class="small muted" role="status">
        {enabled() ? a.on : a.off}
      </span>
      <Show when={note()}>
        <span class="small note">{note()}</span>
      </Show>
    </div>
  );
  return { enabled, onEvent, Toggle };
}

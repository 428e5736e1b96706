import { Show } from 'solid-js';
import { t, zh } from '../i18n.ts';
import '../styles/helpers.css';

const w = zh.helpers.wait;
/** Past this many minutes a wait is shown in the warning colour. */
const LONG_WAIT = 10;

/** How long a waiting case has waited, at a glance (已等待 12 分钟), and 紧急 for an urgent one. */
export function WaitBadge(props: { minutes: number; urgent: boolean }) {
  return (
    <>
      <span class="wait-badge" classList={{ long: props.minutes >= LONG_WAIT }} data-minutes={props.minutes}>
        {props.minutes < 1 ? w.justQueued : w.waitedFor(t.common.minutes(props.minutes))}
      </span>
      <Show when={props.urgent}>
        <span class="urgent-badge">{w.urgent}</span>
      </Show>
    </>
  );
}

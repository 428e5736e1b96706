import { For, Show } from 'solid-js';
import type { CannedReply } from '../../api/helpers.ts';
import { zh } from '../../i18n.ts';
import '../../styles/helpers.css';

const h = zh.helpers.canned;

/** The "/" picker under the reply box: the canned replies matching what follows the slash. */
export function CannedPicker(props: { items: CannedReply[]; active: number; onPick: (r: CannedReply) => void; onHover: (i: number) => void }) {
  return (
    <div class="canned-picker" role="listbox" id="canned-picker" aria-label={h.picker}>
      <Show when={props.items.length} fallback={<p class="small muted">{h.pickerEmpty}</p>}>
        <For each={props.items}>
          {(r, i) => (
            <div
              role="option"
              id={`canned-${r.id}`}
              aria-selected={i() === props.active}
              class="canned-option"
              classList={{ active: i() === props.active }}
              onMouseDown={(e) => {
                e.preventDefault();
                props.onPick(r);
              }}
              onMouseEnter={() => props.onHover(i())}
            >
              <span class="canned-code">/{r.code}</span>
              <span class="canned-text">{r.text}</span>
            </div>
          )}
        </For>
      </Show>
      <p class="small muted canned-hint">{h.pickerHint}</p>
    </div>
  );
}

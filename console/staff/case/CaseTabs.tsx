import { createSignal, For, type JSX, Show } from 'solid-js';
import { zh } from '../../i18n.ts';

export interface CaseTab {
  key: string;
  label: string;
  content: () => JSX.Element;
  /** Whether the tab is offered now (e.g. 转交 only to who may transfer); always when absent. */
  show?: () => boolean;
}

/**
 * The case's side panels as tabs (the ARIA tabs pattern: arrow keys move between them). Every
 * panel stays mounted while hidden, so a note or a plan being typed survives a switch of tabs.
 * The panel scrolls on its own, beside the transcript.
 */
export function CaseTabs(props: { tabs: readonly CaseTab[]; initial?: string }) {
  // Read once: the tabs are fixed for the page (which are offered now is each tab's `show`).
  const all = props.tabs;
  const [active, setActive] = createSignal(props.initial ?? all[0]?.key ?? '');
  const shown = () => all.filter((t) => t.show?.() ?? true);
  const current = () => (shown().some((t) => t.key === active()) ? active() : shown()[0]?.key);
  const buttons: Record<string, HTMLButtonElement> = {};
  const move = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const list = shown();
    const next = list[(list.findIndex((t) => t.key === current()) + step + list.length) % list.length]!;
    setActive(next.key);
    buttons[next.key]?.focus();
  };
  return (
    <div class="case-tabs">
      <div class="case-tablist" role="tablist" aria-label={zh.caseWorkspace.tabsLabel}>
        <For each={all}>
          {(tab) => (
            <Show when={tab.show?.() ?? true}>
              <button
                ref={(el) => (buttons[tab.key] = el)}
                type="button"
                role="tab"
                id={`case-tab-${tab.key}`}
                aria-controls={`case-panel-${tab.key}`}
                aria-selected={current() === tab.key}
                tabindex={current() === tab.key ? 0 : -1}
                classList={{ active: current() === tab.key }}
                onClick={() => setActive(tab.key)}
                onKeyDown={move}
              >
                {tab.label}
              </button>
            </Show>
          )}
        </For>
      </div>
      <For each={all}>
        {(tab) => (
          <div class="case-tabpanel" role="tabpanel" id={`case-panel-${tab.key}`} aria-labelledby={`case-tab-${tab.key}`} hidden={current() !== tab.key}>
            <Show when={tab.show?.() ?? true}>{tab.content()}</Show>
          </div>
        )}
      </For>
    </div>
  );
}

import { createEffect, type JSX, onCleanup } from 'solid-js';
import { t } from '../i18n.ts';

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Esc and returns focus to the
 * element that opened it.
 */
export function Dialog(props: { open: boolean; title: string; onClose: () => void; children: JSX.Element; wide?: boolean }) {
  let ref!: HTMLDialogElement;
  const titleId = `dlg-${Math.random().toString(36).slice(2, 8)}`;
  createEffect(() => {
    if (props.open && !ref.open) {
      if (typeof ref.showModal === 'function') ref.showModal();
      else ref.setAttribute('open', '');
    } else if (!props.open && ref.open) ref.close();
  });
  onCleanup(() => ref?.open && ref.close());
  // Esc closes through the owner in every case: the browser's own cancel is skipped by Chromium's
  // close-watcher rules after some focus changes (a button inside that was replaced, say).
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !props.open || !ref.open) return;
    // Only the dialog in front: the one holding the focus, or, with the focus lost to the page, the last one opened.
    const active = document.activeElement;
    const all = document.querySelectorAll('dialog[open]');
    if (ref.contains(active) || ((!active || active === document.body) && all[all.length - 1] === ref)) {
      e.preventDefault();
      props.onClose();
    }
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));
  return (
    <dialog
      ref={ref}
      class="dialog"
      classList={{ wide: props.wide }}
      aria-labelledby={titleId}
      // Esc: the owner decides (it sets `open` false, and the effect above closes the element), so
      // the element and the owner's state never disagree.
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      onClose={() => props.open && props.onClose()}
      onClick={(e) => e.target === ref && props.onClose()}
    >
      <div class="dialog-body">
        <header class="dialog-header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" class="icon-button" aria-label={t.common.close} onClick={() => props.onClose()}>
            ×
          </button>
        </header>
        {props.children}
      </div>
    </dialog>
  );
}

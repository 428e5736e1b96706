import type { JSX } from 'solid-js';
import { zh } from '../i18n.ts';
import { Dialog } from './Dialog.tsx';

/** “Are you sure?” in Chinese before an action that is easy to click by mistake; nothing happens on 取消 or Esc. */
export function ConfirmDialog(props: { open: boolean; title: string; children: JSX.Element; confirmLabel?: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onCancel}>
      <div class="stack">
        {props.children}
        <div class="row">
          <button type="button" class="primary" onClick={() => props.onConfirm()}>
            {props.confirmLabel ?? zh.forms.confirm.ok}
          </button>
          <button type="button" class="ghost" onClick={() => props.onCancel()}>
            {zh.forms.confirm.cancel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

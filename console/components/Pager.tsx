import { t } from '../i18n.ts';

/** Pages as many as `total` items fill at `pageSize` a page (at least one). */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** 上一页 / 第 n 页 / 下一页 under a paged list; the buttons are off at either end. */
export function Pager(props: { page: number; pages: number; onPage: (page: number) => void }) {
  return (
    <nav class="row pager" aria-label={t.common.page(props.page, props.pages)}>
      <button type="button" class="ghost" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t.common.previous}
      </button>
      <span class="small">{t.common.page(props.page, props.pages)}</span>
      <button type="button" class="ghost" disabled={props.page >= props.pages} onClick={() => props.onPage(props.page + 1)}>
        {t.common.next}
      </button>
    </nav>
  );
}

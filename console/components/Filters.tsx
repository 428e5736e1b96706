import { For, type JSX, Show } from 'solid-js';
import { t } from '../i18n.ts';

/**
 * A list's filter bar: its fields, then 搜索, which applies them (the page's `onSearch`). Without a
 * legend it is a search landmark in one wrapping row; with one, the fields sit in a fieldset under it.
 */
export function FilterForm(props: { onSearch: () => void; legend?: string; children: JSX.Element }) {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    props.onSearch();
  };
  const fields = () => (
    <>
      {props.children}
      <button type="submit" class="secondary">
        {t.common.search}
      </button>
    </>
  );
  return (
    <Show
      when={props.legend}
      fallback={
        <form class="row wrap filters" role="search" onSubmit={submit}>
          {fields()}
        </form>
      }
    >
      <form class="filters" onSubmit={submit}>
        <fieldset class="row wrap">
          <legend>{props.legend}</legend>
          {fields()}
        </fieldset>
      </form>
    </Show>
  );
}

/** A labelled select whose first choice, 全部, is no filter (`undefined`). */
export function ChoiceFilter(props: { label: string; options: readonly (readonly [value: string, label: string])[]; onChange: (value: string | undefined) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select onChange={(e) => props.onChange(e.currentTarget.value || undefined)}>
        <option value="">{t.common.all}</option>
        <For each={props.options}>{([value, label]) => <option value={value}>{label}</option>}</For>
      </select>
    </label>
  );
}

/** 开始日期 and 结束日期 inputs; a cleared date is no bound (`undefined`). */
export function DateRangeFields(props: { onChange: (bound: 'from' | 'to', date: string | undefined) => void }) {
  return (
    <For each={['from', 'to'] as const}>
      {(bound) => (
        <label>
          {t.staff.audit[bound]} <input type="date" onInput={(e) => props.onChange(bound, e.currentTarget.value || undefined)} />
        </label>
      )}
    </For>
  );
}

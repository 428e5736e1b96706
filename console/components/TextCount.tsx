import { zh } from '../i18n.ts';

/**
 * How much of a text box's limit is used, as the person types (“1980/2000”); red once over. The
 * box has no maxlength: over-long text is not cut silently, the server refuses it naming the field.
 */
export function TextCount(props: { id: string; value: string; max: number }) {
  const n = () => props.value.length;
  return (
    <span id={props.id} class="small text-count" classList={{ error: n() > props.max, muted: n() <= props.max }} aria-label={zh.forms.countLabel(props.max)}>
      {zh.forms.count(n(), props.max)}
    </span>
  );
}

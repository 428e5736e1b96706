import { createResource, createSignal, For, Show } from 'solid-js';
import { getItem, type ItemFields, type ItemKind, saveItem } from '../api/catalog-items.ts';
import { Dialog } from '../components/Dialog.tsx';
import { createFormErrors, ErrorText, Field } from '../components/FormStatus.tsx';
import { TextCount } from '../components/TextCount.tsx';
import { zh } from '../i18n.ts';

const f = zh.forms.catalog;
type Input = { name: string; type?: 'number' | 'date' | 'textarea' | 'select'; max?: number; options?: Record<string, string> };
/** The fields a person writes, as the import knows them (server/routes/staff/catalog-items.ts). */
const INPUTS: Record<ItemKind, Input[]> = {
  vacancies: [
    { name: 'title', max: 100 },
    { name: 'employer', max: 100 },
    { name: 'workType', type: 'select', options: zh.jobs.workTypes },
    { name: 'street', max: 30 },
    { name: 'educationMin', type: 'select', options: zh.jobs.education },
    { name: 'wageMin', type: 'number' },
    { name: 'wageMax', type: 'number' },
    { name: 'headcount', type: 'number' },
    { name: 'expiresOn', type: 'date' },
    { name: 'contact', max: 100 },
    { name: 'description', type: 'textarea', max: 4000 },
  ],
  courses: [
    { name: 'title', max: 100 },
    { name: 'provider', max: 100 },
    { name: 'category', max: 30 },
    { name: 'street', max: 30 },
    { name: 'startsOn', type: 'date' },
    { name: 'endsOn', type: 'date' },
    { name: 'subsidised', type: 'select', options: { true: '是', false: '否' } },
    { name: 'fee', type: 'number' },
    { name: 'seats', type: 'number' },
    { name: 'contact', max: 100 },
    { name: 'description', type: 'textarea', max: 4000 },
  ],
};
const labelOf = (kind: ItemKind, name: string) => ((kind === 'vacancies' ? zh.jobs.columns.vacancy : zh.jobs.columns.course) as Record<string, string>)[name] ?? name;

/**
 * Adding one vacancy or course, or editing one (`id`), in a dialog. The server checks it as an
 * import row would be; its complaint shows under the field it names.
 */
export function CatalogItemForm(props: { kind: ItemKind; id?: string | undefined; open: boolean; onClose: () => void; onSaved: (text: string) => void }) {
  const [values, setValues] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors();
  const [loaded] = createResource(
    () => (props.open && props.id ? props.id : undefined),
    async (id) => {
      const item = await getItem(props.kind, id);
      const fields: Record<string, unknown> = item;
      setValues(Object.fromEntries(INPUTS[props.kind].map((i) => [i.name, fields[i.name] === null || fields[i.name] === undefined ? '' : String(fields[i.name])])));
      return item;
    },
  );
  const body = (): ItemFields => {
    const out: ItemFields = {};
    for (const i of INPUTS[props.kind]) {
      const v = (values()[i.name] ?? '').trim();
      if (!v) continue;
      out[i.name] = i.type === 'number' && /^\d+$/.test(v) ? Number(v) : i.name === 'subsidised' ? v === 'true' : v;
    }
    return out;
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    try {
      await saveItem(props.kind, props.id, body());
      props.onSaved(props.id ? f.saved : f.created);
      setValues({});
      props.onClose();
    } catch (err) {
      errors.set(err);
    } finally {
      setBusy(false);
    }
  };
  const names = () => INPUTS[props.kind].map((i) => i.name);
  return (
    <Dialog open={props.open} wide title={props.id ? f.editTitle[props.kind] : f.add[props.kind]} onClose={() => (errors.clear(), setValues({}), props.onClose())}>
      <Show when={!props.id || loaded()} fallback={<p class="muted">{zh.console.common.loading}</p>}>
        <form class="stack catalog-item-form" noValidate onSubmit={submit}>
          <For each={INPUTS[props.kind]}>
            {(i) => (
              <Field id={`item-${i.name}`} label={labelOf(props.kind, i.name)} error={errors.field(i.name)}>
                {(a) => {
                  const common = {
                    id: a.id,
                    'aria-invalid': a.invalid(),
                    'aria-describedby': [a.describedBy(), i.max ? `item-${i.name}-count` : ''].filter(Boolean).join(' ') || undefined,
                  };
                  const set = (v: string) => setValues({ ...values(), [i.name]: v });
                  return (
                    <>
                      {i.type === 'textarea' ? (
                        <textarea {...common} rows="4" value={values()[i.name] ?? ''} onInput={(e) => set(e.currentTarget.value)} />
                      ) : i.type === 'select' ? (
                        <select {...common} value={values()[i.name] ?? ''} onChange={(e) => set(e.currentTarget.value)}>
                          <option value="">—</option>
                          <For each={Object.entries(i.options!)}>{([k, label]) => <option value={k}>{label}</option>}</For>
                        </select>
                      ) : (
                        <input {...common} type={i.type === 'date' ? 'date' : i.type === 'number' ? 'number' : 'text'} value={values()[i.name] ?? ''} onInput={(e) => set(e.currentTarget.value)} />
                      )}
                      <Show when={i.max}>
                        <TextCount id={`item-${i.name}-count`} value={values()[i.name] ?? ''} max={i.max!} />
                      </Show>
                    </>
                  );
                }}
              </Field>
            )}
          </For>
          <ErrorText error={errors.general(names())} />
          <button type="submit" class="primary" disabled={busy()}>
            {f.save}
          </button>
        </form>
      </Show>
    </Dialog>
  );
}

import { z } from 'zod';
import { mergeSeekerFacts } from '../../chat/queries.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { fullYearsBetween } from '../../rules/dates.ts';
import type { Person } from '../../rules/facts.ts';
import { storedFacts, turnOf } from './context.ts';
import { defineTool, FieldErrorSchema, type FieldError } from './define.ts';
import { flatFromPerson, KnownFacts, personFieldLabel, personFromFlat, RecordInput } from './fields.ts';

const v = zh.rules.validation;

/** What cannot be true on the turn's day: born or a business opened after it, an age the birth date contradicts. */
function impossible(flat: Record<string, unknown>, person: Person, asOf: string): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, label: personFieldLabel([field]), message });
  if (person.birthDate && person.birthDate > asOf) add('birthDate', v.afterAsOf(asOf));
  if (person.business?.startedOn && person.business.startedOn > asOf) add('businessStartedOn', v.afterAsOf(asOf));
  if (person.birthDate && person.birthDate <= asOf && flat.age !== undefined && flat.age !== fullYearsBetween(person.birthDate, asOf)) {
    add('age', v.ageMismatch(fullYearsBetween(person.birthDate, asOf)));
  }
  return errors;
}

/**
 * The fields saved (in Chinese: 户籍), all that is now known, and what was not saved with why; a key
 * the tool does not have is named in `ignored`.
 */
export const RecordProfileFactsOutput = z.strictObject({
  saved: z.array(z.string()),
  known: KnownFacts,
  notSaved: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
  ignored: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type RecordProfileFactsOutput = z.infer<typeof RecordProfileFactsOutput>;

/**
 * Saves what the seeker said about themselves on their profile: flat fields (server/agent/tools/
 * fields.ts), mapped to the engine's person facts. A field that fails validation is not saved and
 * comes back as data naming it in Chinese; the others are saved. A business detail adds to the
 * business already recorded instead of replacing it.
 */
export const recordProfileFactsTool = defineTool({
  name: 'record_profile_facts',
  description: '记录求职者本人在对话中明确说到的个人情况，只填说到的字段。核对补贴资格（check_eligibility）前先调用。',
  input: RecordInput,
  partial: true,
  labelOf: personFieldLabel,
  output: RecordProfileFactsOutput,
  async run(flat, config, { errors, ignored }) {
    const ctx = turnOf(config);
    const wrong = impossible(flat, personFromFlat(flat), ctx.asOf);
    const kept = Object.fromEntries(Object.entries(flat).filter(([k]) => !wrong.some((e) => e.field === k)));
    const stored = await storedFacts(ctx);
    let person = personFromFlat(kept);
    if (person.business) person = { ...person, business: { ...(stored.business as object | undefined), ...person.business } };
    const saved = Object.keys(kept);
    const merged = saved.length ? await mergeSeekerFacts(ctx.database, { seekerId: ctx.seekerId, facts: person }) : stored;
    if (saved.length) ctx.facts?.set(merged);
    const problems = [...errors, ...wrong];
    return {
      saved: saved.map((k) => personFieldLabel([k])),
      known: flatFromPerson(merged as Partial<Person>),
      // Not `error`: what was valid is saved, and the rest of the turn goes on.
      ...(problems.length ? { notSaved: `以下情况未记录：${problems.map((e) => `${e.label}${e.message}`).join('；')}。请核对后重新记录。`, errors: problems } : {}),
      ...(ignored.length ? { ignored, note: `不是本工具的字段，未记录：${ignored.join('、')}` } : {}),
    };
  },
});

/**
 * The registry of benefits: every module in this folder (one per code, named after it), found on
 * disk and put in the contract's order (docs/architecture.md): the person codes, then the employer codes, each
 * by its module's `order`. A new benefit is its module here and its scenarios file
 * (test/rules/scenarios/<code>.yml); nothing else lists it. A file that is not a benefit, or a
 * benefit in a file of another name, fails loudly on load.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Audience } from '../facts.ts';
import type { Benefit, BenefitCode } from '../outcome.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The benefit modules' file names: every `.ts` here but this one. */
export const BENEFIT_FILES = readdirSync(HERE)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .sort();

const AUDIENCE_ORDER: readonly Audience[] = ['person', 'employer'];

async function load(file: string): Promise<Benefit> {
  const mod = (await import(pathToFileURL(`${HERE}${file}`).href)) as { default?: Benefit };
  const b = mod.default;
  if (!b || typeof b.evaluate !== 'function') throw new Error(`server/rules/benefits/${file}: the default export is not a benefit (defineBenefit)`);
  if (`${b.code}.ts` !== file) throw new Error(`server/rules/benefits/${file}: defines ${b.code}; a benefit's file is named after its code`);
  return b;
}

const loaded = await Promise.all(BENEFIT_FILES.map(load));

export const benefits: readonly Benefit[] = [...loaded].sort(
  (a, b) => AUDIENCE_ORDER.indexOf(a.audience) - AUDIENCE_ORDER.indexOf(b.audience) || a.order - b.order,
);

for (const audience of AUDIENCE_ORDER) {
  const orders = benefits.filter((b) => b.audience === audience).map((b) => b.order);
  const twice = orders.find((o, i) => orders.indexOf(o) !== i);
  if (twice !== undefined) throw new Error(`server/rules/benefits: two ${audience} benefits have order ${twice}`);
}

type Codes = readonly [BenefitCode, ...BenefitCode[]];
const codesOf = (list: readonly Benefit[]) => list.map((b) => b.code) as unknown as Codes;

/** Every code in the contract's order (a non-empty tuple, for `z.enum`). */
export const BENEFIT_CODES = codesOf(benefits);
export const PERSON_BENEFITS = codesOf(benefits.filter((b) => b.audience === 'person'));
export const EMPLOYER_BENEFITS = codesOf(benefits.filter((b) => b.audience === 'employer'));

export const benefitByCode: ReadonlyMap<BenefitCode, Benefit> = new Map(benefits.map((b) => [b.code, b]));

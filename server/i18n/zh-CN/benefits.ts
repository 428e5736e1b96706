/**
 * Each benefit's own wording — its name, the plan's conditions it quotes, its notes and amount
 * texts — lives beside its rule in server/rules/benefits/<code>.ts (ADR 0015); this is where the
 * dictionary finds it. It is not part of `zh` (./index.ts): the console imports `zh`, and the
 * benefits are server modules found on disk. Server code reads a benefit's name from here.
 */
import { benefitByCode, benefits } from '../../rules/benefits/index.ts';
import type { BenefitCode } from '../../rules/outcome.ts';

/** Every benefit's name (the contract's `name`), by code. */
export const benefitNames = Object.fromEntries(benefits.map((b) => [b.code, b.name])) as Readonly<Record<BenefitCode, string>>;

/** A benefit's name; the code itself for one that is not (or no longer) a benefit, as stored data may hold. */
export const benefitName = (code: string): string => benefitByCode.get(code as BenefitCode)?.name ?? code;

/** Every benefit's wording (its module's `text`), by code: where to look for a benefit's sentence. */
export const benefitWording = Object.fromEntries(benefits.map((b) => [b.code, { name: b.name, text: b.text }])) as Readonly<
  Record<BenefitCode, { readonly name: string; readonly text: unknown }>
>;

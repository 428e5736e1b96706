/**
 * The eligibility tools' outputs as the composer reads them. What a tool returns is also what the
 * model is shown, so it says missing facts in Chinese and known facts in the tools' flat fields
 * (server/agent/tools/fields.ts); the composer asks its questions by fact path and reads the
 * person as the engine's facts, so both are turned back here, through the same mapping.
 */
import { factPathOf, personFromFlat } from '../../agent/tools/fields.ts';
import type { BenefitResult } from '../../rules/outcome.ts';
import type { EligibilityOutput } from './types.ts';

/** The tools whose output is a rules-engine evaluation. */
export const ELIGIBILITY_TOOLS = new Set(['check_eligibility', 'check_employer_eligibility']);

export function eligibilityOutput(output: any): EligibilityOutput {
  const benefits = ((output?.benefits ?? []) as BenefitResult[]).map((b) => ({
    ...b,
    // A label the mapping does not know (or a path, in an output stored before labels) stays as it is.
    missingFacts: (b.missingFacts ?? []).map((label) => factPathOf(label) ?? label),
  }));
  return {
    asOf: output?.asOf,
    person: output?.known ? (personFromFlat(output.known) as Record<string, unknown>) : (output?.person ?? {}),
    benefits,
    ...(output?.bearing ? { bearing: output.bearing } : {}),
  };
}

/**
 * The eligibility tools' outputs as the composer reads them. What a tool returns is also what the
 * model is shown, so it says missing facts in Chinese and known facts in the tools' flat fields
 * (server/agent/tools/fields.ts); the composer asks its questions by fact path and reads the
 * person as the engine's facts, so both are turned back here, through the same mapping.
 */
import { factPathOf, personFromFlat } from '../../agent/tools/fields.ts';
import type { CheckEligibilityOutput, CheckEmployerEligibilityOutput } from '../../agent/tools/outputs.ts';
import type { EligibilityReading } from './types.ts';

export type EligibilityToolOutput = CheckEligibilityOutput | CheckEmployerEligibilityOutput;

/** The tools whose output is a rules-engine evaluation. */
export const isEligibilityTool = (name: string): name is 'check_eligibility' | 'check_employer_eligibility' => name === 'check_eligibility' || name === 'check_employer_eligibility';

export function eligibilityOutput(output: EligibilityToolOutput): EligibilityReading {
  const benefits = output.benefits.map((b) => ({
    ...b,
    // A label the mapping does not know stays as it is.
    missingFacts: b.missingFacts.map((label) => factPathOf(label) ?? label),
  }));
  return {
    asOf: output.asOf,
    // An employer's check is about the employer's hires: no person.
    person: 'known' in output ? personFromFlat(output.known) : {},
    benefits,
    ...('bearing' in output && output.bearing ? { bearing: output.bearing } : {}),
  };
}

/** The rules engine's answer (server/rules): each benefit's status, amount, reasons and what is missing. */
import { z } from 'zod';
import { BENEFIT_CODES } from '../rules/engine.ts';

export const Amount = z
  .object({ value: z.number().optional(), max: z.number().optional(), unit: z.string(), text: z.string() })
  .meta({ id: 'Amount', description: 'value for a fixed amount, max for “up to”; text says it in words' });

export const BenefitResult = z
  .object({
    code: z.enum(BENEFIT_CODES),
    name: z.string(),
    audience: z.enum(['person', 'employer']),
    status: z.enum(['eligible', 'ineligible', 'unknown']),
    amount: Amount.nullable(),
    reasons: z.array(z.string()),
    /** Fact paths (`person.hukou`) still needed to decide. */
    missingFacts: z.array(z.string()),
    /** Clause ids (`yb2022-38:2.5.3`). */
    citations: z.array(z.string()),
  })
  .meta({ id: 'BenefitResult' });

export const EligibilityResult = z.object({ asOf: z.string(), benefits: z.array(BenefitResult), explanation: z.string() });

export type Amount = z.infer<typeof Amount>;
export type BenefitResult = z.infer<typeof BenefitResult>;
export type EligibilityResult = z.infer<typeof EligibilityResult>;

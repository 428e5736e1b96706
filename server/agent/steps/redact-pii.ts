import { redactPii } from '../guardrails/pii.ts';
import type { Step } from '../context.ts';

/** Masks 身份证号, 手机号 and bank cards; keeps what an ID number tells (birth date, gender) as facts. */
export const redactPiiStep: Step = {
  name: 'redact_pii',
  async run(ctx) {
    const r = redactPii(ctx.rawText);
    ctx.text = r.text;
    if (r.idFacts) ctx.idFacts = r.idFacts;
    ctx.rawText = r.text; // the unmasked text is not kept past this step
  },
};

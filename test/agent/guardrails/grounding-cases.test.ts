import { describe, expect, it } from 'vitest';
import { checkGrounding, prepareEvidence } from '../../../server/agent/guardrails/grounding.ts';
import { GROUNDING_CASES } from './grounding-cases.ts';
import { clauseText, id } from './grounding-evidence.ts';

const claimKey = (c: { cue: string; benefits: string[] }) => `${c.cue}:${c.benefits.length ? c.benefits.join('+') : '*'}`;

describe('grounding cases (grounding-cases.ts)', () => {
  it('has at least 40 cases, true and false', () => {
    expect(GROUNDING_CASES.length).toBeGreaterThanOrEqual(40);
    expect(GROUNDING_CASES.filter((c) => c.ok).length).toBeGreaterThan(15);
    expect(GROUNDING_CASES.filter((c) => !c.ok).length).toBeGreaterThan(15);
    expect(new Set(GROUNDING_CASES.map((c) => c.id)).size).toBe(GROUNDING_CASES.length);
  });

  it.each(GROUNDING_CASES.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const evidence = prepareEvidence({
      toolCalls: c.tools ?? [],
      clauses: new Map((c.retrieved ?? []).map((p) => [id(p), clauseText(p)])),
      ...(c.texts ? { texts: c.texts } : {}),
      ...(c.previous ? { previous: { toolCalls: c.previous.tools ?? [], citations: c.previous.citations ?? [] } } : {}),
    });
    const g = checkGrounding(c.answer, evidence);
    expect({
      ok: g.ok,
      figures: g.ungroundedFigures,
      claims: g.unsupportedClaims.map(claimKey),
      unknownCitations: g.unknownCitations,
    }).toEqual({ ok: c.ok, figures: c.figures ?? [], claims: c.claims ?? [], unknownCitations: c.unknownCitations ?? [] });
  });
});

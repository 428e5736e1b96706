import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { understand } from '../../../server/dialogue/nlu/understand.ts';
import { nluData } from '../../../server/dialogue/nlu/data.ts';

/**
 * Every example of intents.yml is a test: written as a person would type it (placeholders T, S, P
 * filled with a real benefit, subject and place), it must be understood as its own intent.
 */
const FILL: Record<string, string> = { T: '创业担保贷款', S: '电工', P: '两路' };
const file = parse(readFileSync(new URL('../../../server/dialogue/nlu/intents.yml', import.meta.url), 'utf8')) as {
  intents: Record<string, { examples: string[] }>;
};
const ASKS_ABOUT_A_TOPIC = new Set(['ask_policy', 'ask_process', 'check_eligibility']);

describe('NLU examples (server/dialogue/nlu/intents.yml)', () => {
  it('has at least 8 examples per intent', () => {
    for (const [intent, v] of Object.entries(file.intents)) expect(v.examples.length, intent).toBeGreaterThanOrEqual(8);
  });

  for (const [intent, v] of Object.entries(file.intents)) {
    describe(intent, () => {
      for (const example of v.examples) {
        const text = example.replace(/[TSP]/g, (c) => FILL[c]!);
        it(text, () => {
          const u = understand(text, '2026-12-07');
          // A topic question may also be read as another topic question: the policy treats them alike.
          if (ASKS_ABOUT_A_TOPIC.has(intent) && u.intents.some((i) => ASKS_ABOUT_A_TOPIC.has(i))) return;
          expect(u.intents).toContain(intent);
        });
      }
    });
  }

  it('loads once and names its version', () => {
    expect(nluData().version).toMatch(/^nlu@.+\+lexicon@/);
    expect(nluData()).toBe(nluData());
  });
});

/**
 * `npm run bench`: every benchmark, each against its baseline in the same run, printing a table
 * and writing JSON under bench/results/. Not part of `npm test`.
 */
import { existsSync } from 'node:fs';

const suites: { name: string; file: string; fn: string }[] = [
  { name: 'rules', file: './rules.ts', fn: 'runRulesBench' },
  { name: 'match', file: './match.ts', fn: 'runMatchBench' },
  { name: 'retrieval', file: './retrieval.ts', fn: 'runRetrievalBench' },
  { name: 'chat', file: './chat.ts', fn: 'runChatBench' },
  { name: 'profile', file: './profile.ts', fn: 'runProfileBench' },
];

for (const suite of suites) {
  const path = new URL(suite.file, import.meta.url);
  if (!existsSync(path)) {
    console.log(`\n# ${suite.name}: not built yet (${suite.file} missing)`);
    continue;
  }
  console.log(`\n# ${suite.name}`);
  const mod = await import(path.href);
  await mod[suite.fn]();
}

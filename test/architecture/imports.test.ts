/**
 * The imports read one way. No file of server/ or console/ imports itself back through others
 * (static, type-only and `import('…')` alike: a lazy page or a type still makes the modules depend
 * on each other), and the agent never depends on casework: casework runs the agent (the copilot),
 * the agent hands over through a port it owns (server/agent/escalation.ts), so no file under
 * server/agent reaches one under server/cases by any chain of imports.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, importEdges, sourceFiles, type Edge } from './import-graph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = sourceFiles(root, ['server', 'console']);
const { edges, unresolved } = importEdges(root, files);

/** A shortest chain of imports from any of `from` to a file `to` accepts, or undefined. */
function chain(edges: readonly Edge[], from: readonly string[], to: (file: string) => boolean): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const came = new Map<string, string | null>(from.map((f) => [f, null]));
  const queue = [...from];
  while (queue.length) {
    const file = queue.shift()!;
    if (to(file)) {
      const path = [file];
      for (let f = came.get(file); f; f = came.get(f)) path.unshift(f);
      return path;
    }
    for (const n of next.get(file) ?? []) {
      if (came.has(n)) continue;
      came.set(n, file);
      queue.push(n);
    }
  }
  return undefined;
}

describe('the import graph of server/ and console/', () => {
  it('is read whole: every relative import names a file', () => {
    expect(unresolved).toEqual([]);
    // The reader sees every kind of import (a regex that stopped matching would pass everything below).
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    expect(has('server/cases/copilot.ts', 'server/agent/pipeline.ts')).toBe(true);
    expect(edges.some((e) => e.from === 'server/cases/copilot.ts' && e.to === 'server/agent/context.ts' && e.typeOnly)).toBe(true);
    expect(has('console/routes.ts', 'console/staff/CasePage.tsx')).toBe(true);
    expect(has('server/agent/tools/outputs.ts', 'server/agent/tools/define.ts')).toBe(true);
    expect(edges.length).toBeGreaterThan(1500);
  });

  it('has no circle', () => {
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('runs agent → cases never: casework calls the agent, not the reverse', () => {
    const agent = files.filter((f) => f.startsWith('server/agent/'));
    expect(agent.length).toBeGreaterThan(40);
    expect(chain(edges, agent, (f) => f.startsWith('server/cases/'))).toBeUndefined();
    // The other way is the one used.
    expect(chain(edges, ['server/cases/copilot.ts'], (f) => f.startsWith('server/agent/'))).toBeDefined();
  });

  it('finds a circle and a chain where there is one', () => {
    const e = (from: string, to: string): Edge => ({ from, to, typeOnly: false });
    expect(cycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd'), e('d', 'd')])).toEqual([['a', 'b', 'c'], ['d']]);
    expect(chain([e('x', 'y'), e('y', 'z')], ['x'], (f) => f === 'z')).toEqual(['x', 'y', 'z']);
  });
});

import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where CPU time goes, by who spent it: a library, the server's own code, the runtime. */
const GROUPS: [string, RegExp][] = [
  ['PostgreSQL driver (postgres.js) and its socket writes', /node_modules\/postgres\//],
  ['drizzle-orm (query building, result mapping)', /node_modules\/drizzle-orm\//],
  ['LangChain (core, langsmith run trees, openai client)', /node_modules\/(@langchain|langsmith|openai)\//],
  ['zod (schema parsing)', /node_modules\/zod\//],
  ['HTTP (hono, node-server)', /node_modules\/(hono|@hono)\//],
  ['jieba segmentation (native)', /node_modules\/@node-rs\//],
  ['server: agent (pipeline, offline model, tools, grounding)', /\/server\/agent\//],
  ['server: rules engine', /\/server\/rules\//],
  ['server: retrieval, text, embeddings', /\/server\/(policy|text|embeddings)\//],
  ['server: HTTP layer, observability, other', /\/server\//],
];

/**
 * Sums a V8 CPU profile's samples into GROUPS, those taken from `fromMicros` on (the monotonic
 * clock V8 stamps samples with: `process.hrtime.bigint() / 1000n` when the load began, so
 * start-up is left out). A sample in native or
 * Node's own code (a socket write, say) is charged to the nearest caller from a package or from
 * the server.
 */
export function attribute(file: string, fromMicros: number) {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number) => {
    const frames: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) frames.push(byId.get(cur)!);
    return frames;
  };
  const totals = new Map<string, number>();
  let total = 0;
  let at = prof.startTime;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    at += us;
    if (at < fromMicros) return;
    const frames = stack(id);
    total += us;
    const name = frames[0]!.callFrame.functionName;
    let group = name === '(idle)' ? 'idle (waiting for I/O)' : name === '(garbage collector)' ? 'garbage collection' : undefined;
    if (!group) {
      const caller = frames.find((f) => f.callFrame.url.startsWith('file:') || f.callFrame.url.startsWith('/'));
      if (caller) group = GROUPS.find(([, re]) => re.test(caller.callFrame.url))?.[0] ?? 'other packages';
    }
    group ??= 'runtime (event loop, microtasks, other)';
    totals.set(group, (totals.get(group) ?? 0) + us);
  });
  return { totalMs: total / 1000, groups: [...totals].sort((a, b) => b[1] - a[1]).map(([group, us]) => ({ group, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 })) };
}

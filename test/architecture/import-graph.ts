/**
 * The relative-import graph of a source tree, read as text: static `import … from '…'`,
 * `import '…'` and `export … from '…'`, type-only ones included (flagged), each resolved to a file.
 * Package imports (`zod`, `node:fs`) are not edges. No parser: a statement starts a line, as every
 * file here writes them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const NAMES = String.raw`(?:\*(?:\s+as\s+\w+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)`;
const FROM = new RegExp(String.raw`^[ \t]*(import|export)\s+(type\s+)?${NAMES}\s*from\s*['"]([^'"]+)['"]`, 'gm');
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
/** `import('./x.tsx')` with a literal: a lazy page still depends on its module. */
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The .ts/.tsx files below `dirs` (relative to `root`), as root-relative paths with `/`. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, full).split('\\').join('/'));
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out.sort();
}

function resolveImport(root: string, from: string, spec: string): string | undefined {
  const base = resolve(root, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return undefined;
}

/** Every relative import of `files`; `unresolved` lists those that name no file. */
export function importEdges(root: string, files: string[]): { edges: Edge[]; unresolved: string[] } {
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const found: { spec: string; typeOnly: boolean }[] = [];
    for (const m of text.matchAll(FROM)) found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
    for (const m of text.matchAll(BARE)) found.push({ spec: m[1]!, typeOnly: false });
    for (const m of text.matchAll(DYNAMIC)) found.push({ spec: m[1]!, typeOnly: false });
    for (const { spec, typeOnly } of found) {
      if (!spec.startsWith('.')) continue;
      const to = resolveImport(root, file, spec);
      if (to) edges.push({ from: file, to, typeOnly });
      else unresolved.push(`${file} → ${spec}`);
    }
  }
  return { edges, unresolved };
}

/** The import circles: each strongly connected set of files of more than one (or a file importing itself), sorted. */
export function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    next.get(e.from)!.add(e.to);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || next.get(v)?.has(v)) found.push(scc.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

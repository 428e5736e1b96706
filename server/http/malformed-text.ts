/**
 * Text that cannot be stored as typed: NUL (PostgreSQL's text refuses it), the other C0 control
 * characters except tab, line feed and carriage return, DEL, and UTF-16 surrogates that are not
 * part of a pair (a JSON `\ud800` escape: PostgreSQL cannot encode it, and the turn that carried it
 * failed after taking the conversation's lock). Every request input passes `malformedText` before a
 * schema reads it (server/http/validate.ts, json-body.ts), so no route can store such text.
 */
export type MalformedKind = 'nul' | 'control' | 'surrogate';

const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function malformedKind(s: string): MalformedKind | undefined {
  const m = BAD.exec(s);
  if (!m) return undefined;
  const ch = m[0].charCodeAt(0);
  return ch === 0 ? 'nul' : ch >= 0xd800 ? 'surrogate' : 'control';
}

/** Printable form of a key for a field path: the bad characters left out. */
const printable = (k: string) => k.replace(new RegExp(BAD.source, 'g'), '');

/**
 * The dotted path of the first string (or key) holding malformed text, and what is wrong with it;
 * undefined when all is well. Iterative with parent links: a body may nest as deep as its size allows.
 */
export function malformedText(value: unknown): { path: string; kind: MalformedKind } | undefined {
  const keys: { parent: number; key: string }[] = [{ parent: -1, key: '' }];
  const pathOf = (node: number, last?: string) => {
    const parts = last === undefined ? [] : [last];
    for (let n = node; n > 0; n = keys[n]!.parent) parts.unshift(keys[n]!.key);
    return parts.join('.') || '(body)';
  };
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, node] = stack.pop()!;
    if (typeof v === 'string') {
      const kind = malformedKind(v);
      if (kind) return { path: pathOf(node), kind };
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      // pushed in reverse so the first field is looked at first
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const kind = malformedKind(k);
        if (kind) return { path: pathOf(node, printable(k)), kind };
        keys.push({ parent: node, key: k });
        stack.push([child, keys.length - 1]);
      }
    }
  }
  return undefined;
}

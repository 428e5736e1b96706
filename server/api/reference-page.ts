/**
 * GET /api/docs: the OpenAPI document as one readable page — operations grouped by tag, who may
 * call each, parameters, request and response schemas. Server-rendered from the document with no
 * script, style or anything fetched from a CDN, so it works offline and under the API's CSP (Scalar's Hono
 * middleware needs Node 22 and loads its bundle from jsDelivr: ADR 0017).
 */
type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function who(op: Json): string {
  const access = op['x-access'];
  if (access === 'staff') {
    const owns = op['x-owns'] as { rule?: string } | undefined;
    return `staff: ${(op['x-roles'] as string[]).join(', ')}${owns?.rule ? ` — ${owns.rule}` : ''}`;
  }
  return String(access ?? 'undeclared');
}

const schemaBlock = (schema: unknown) => `<pre>${esc(JSON.stringify(schema, null, 2))}</pre>`;

function operation(method: string, path: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
  const responses = Object.entries((op.responses as Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>) ?? {});
  return `<section id="${esc(`${method}-${path}`)}">
<h3>${method.toUpperCase()} <code>${esc(path)}</code></h3>
<p>${esc(op.summary ?? '')}</p>
<p><i>${esc(who(op))}</i></p>
${params.length ? `<h4>Parameters</h4><ul>${params.map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''}) ${schemaBlock(p.schema)}</li>`).join('')}</ul>` : ''}
${body ? `<h4>Request body</h4>${Object.entries(body).map(([type, c]) => `<p><code>${esc(type)}</code></p>${schemaBlock(c.schema)}`).join('')}` : ''}
<h4>Responses</h4>${responses
    .map(([status, r]) => `<p><b>${esc(status)}</b> ${esc(r.description)}</p>${Object.entries(r.content ?? {}).map(([type, c]) => `<details><summary><code>${esc(type)}</code></summary>${schemaBlock(c.schema)}</details>`).join('')}`)
    .join('')}
</section>`;
}

export function referencePage(doc: { info: { title: string; description?: string; version: string }; paths?: object }): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const tag = ((op.tags as string[] | undefined) ?? ['other'])[0]!;
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(method, path, op)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — API reference</title>
</head>
<body><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav>${tags.map((t) => `<a href="#tag-${esc(t)}">${esc(t)}</a>`).join(' · ')}</nav>
${tags.map((t) => `<h2 id="tag-${esc(t)}">${esc(t)}</h2>${byTag.get(t)!.join('\n')}`).join('\n')}
</body></html>`;
}

/** Parses a text/event-stream body into its events, data as JSON. */
export function parseSse(body: string): { event: string; data: any; id?: string }[] {
  return body
    .split(/\n\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      const field = (name: string) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trimStart());
      const data = field('data').join('\n');
      return { event: field('event')[0] ?? 'message', data: data ? JSON.parse(data) : null, id: field('id')[0] };
    });
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Prompts live in prompts/ as Markdown files with YAML front matter giving their `version`; the
 * version used is stored with every answer. `loadPrompts()` reads and checks every prompt when the
 * server starts (server/bootstrap.ts), so a missing prompt or version stops start-up instead of
 * failing the first turn; later calls answer from the cache.
 */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts', import.meta.url));

export interface Prompt {
  name: string;
  version: string;
  text: string;
}

/** A `---` line, the YAML, a `---` line, then the prompt (LF or CRLF). */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** A prompt file's text split into its front matter's version and the prompt; throws naming the file. */
export function parsePrompt(name: string, raw: string): Prompt {
  const m = FRONT_MATTER.exec(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  let meta: unknown;
  try {
    meta = m ? parse(m[1]!) : undefined;
  } catch (e) {
    throw new Error(`prompts/${name}.md: front matter is not YAML (${(e as Error).message})`);
  }
  const version = (meta as { version?: unknown } | null | undefined)?.version;
  if (typeof version !== 'string' || !version.trim()) throw new Error(`prompts/${name}.md has no "version:" front matter (text)`);
  return { name, version: version.trim(), text: m![2]!.trim() };
}

const cache = new Map<string, Prompt>();

export function loadPrompt(name: string): Prompt {
  const cached = cache.get(name);
  if (cached) return cached;
  const prompt = parsePrompt(name, readFileSync(`${PROMPTS_DIR}/${name}.md`, 'utf8'));
  cache.set(name, prompt);
  return prompt;
}

const templateCache = new Map<string, { version: string; templates: Record<string, string> }>();

/** Sections `## name` of a template file, comment lines (#) dropped; parsed once. */
export function loadTemplates(name: string): { version: string; templates: Record<string, string> } {
  const cached = templateCache.get(name);
  if (cached) return cached;
  const { version, text } = loadPrompt(name);
  const templates: Record<string, string> = {};
  for (const block of text.split(/^## /m).slice(1)) {
    const [key, ...body] = block.split('\n');
    templates[key!.trim()] = body.filter((l) => !l.startsWith('# ')).join('\n').trim();
  }
  const parsed = { version, templates };
  templateCache.set(name, parsed);
  return parsed;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

/** Reads and checks every prompt the agent sends (throws naming the file); their versions, for the log. */
export function loadPrompts(): Record<string, string> {
  const system = loadPrompt('system');
  const retry = loadTemplates('grounding-retry');
  return { system: system.version, 'grounding-retry': retry.version };
}

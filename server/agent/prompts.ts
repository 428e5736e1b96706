import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Prompts live in prompts/ as files with a version in their front matter; the version used is
 * stored with every answer. A prompt is read on first use and kept; a missing prompt or version
 * throws then, at the first turn that needs it.
 */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts', import.meta.url));

export interface Prompt {
  name: string;
  version: string;
  text: string;
}

const cache = new Map<string, Prompt>();

export function loadPrompt(name: string): Prompt {
  const cached = cache.get(name);
  if (cached) return cached;
  const raw = readFileSync(`${PROMPTS_DIR}/${name}.md`, 'utf8');
  const m = /^---\nversion:\s*(\S+)\n---\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`prompts/${name}.md has no "version:" front matter`);
  const prompt = { name, version: m[1]!, text: m[2]!.trim() };
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

import { describe, expect, it } from 'vitest';
import { loadPrompts, parsePrompt } from '../../server/agent/prompts.ts';

describe('prompt files', () => {
  it('every prompt the agent sends loads with its version', () => {
    const versions = loadPrompts();
    expect(versions.system).toMatch(/^system@/);
    expect(versions['grounding-retry']).toMatch(/^grounding-retry@/);
  });

  it('reads YAML front matter, with CRLF line ends, a BOM, other keys and a quoted version', () => {
    expect(parsePrompt('x', '---\nversion: x@1\n---\n正文\n')).toEqual({ name: 'x', version: 'x@1', text: '正文' });
    expect(parsePrompt('x', '\uFEFF---\r\nversion: "x@2"\r\nowner: 就业中心\r\n---\r\n正文\r\n').version).toBe('x@2');
  });

  it('refuses a file without a version, naming it', () => {
    for (const raw of ['正文', '---\nowner: a\n---\n正文', '---\nversion: 3\n---\n正文', '---\nversion: [a\n---\n正文', '---\nversion: x@1\n正文']) {
      expect(() => parsePrompt('broken', raw), raw).toThrow(/prompts\/broken\.md/);
    }
  });
});

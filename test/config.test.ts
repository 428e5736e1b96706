import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.ts';

describe('configuration', () => {
  it('falls back to the embedded defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', INGEST_ON_START: true, LOG_LEVEL: 'info' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.LLM_BASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['LLM_BASE_URL', { LLM_BASE_URL: 'not a url' }],
    ['LLM_MODEL', { LLM_BASE_URL: 'http://127.0.0.1:1/v1' }],
    ['EMBEDDINGS_MODEL', { EMBEDDINGS_BASE_URL: 'http://127.0.0.1:1/v1' }],
    ['INGEST_ON_START', { INGEST_ON_START: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'sixteen chars but a space' }],
  ])('a bad %s stops start-up with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('parses booleans and numbers', () => {
    const c = loadConfig({ INGEST_ON_START: 'false', PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(c).toMatchObject({ INGEST_ON_START: false, PORT: 8080, DATABASE_URL: 'postgres://u@h:5432/db' });
  });
});

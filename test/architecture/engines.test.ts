/**
 * The Node versions the project supports are the `engines` field of package.json, and every
 * package installed from the lockfile must run on the oldest of them — a dependency that needs a
 * newer Node (eventsource-parser 4, vitest 5, jsdom 30, Scalar's Hono middleware) fails here
 * before it reaches CI's machine. The one exception is listed with why it is safe.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; version?: string }> };

/** Packages whose `engines` exclude our oldest Node, run on it anyway, and why that is known to be safe. */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  'node_modules/@langchain/openai': '1.6.0 declares node >=22 but uses nothing newer than Node 20 offers: the provider conformance suite (test/providers) runs the real client on Node 20 in CI',
  'node_modules/openai': 'the HTTP client under @langchain/openai (same version in every dependent); exercised on Node 20 by the same suite',
};

describe('supported Node versions', () => {
  const oldest = semver.minVersion(pkg.engines.node)!;

  it('are declared, and the running Node is one of them', () => {
    expect(semver.validRange(pkg.engines.node)).toBeTruthy();
    expect(semver.satisfies(process.version, pkg.engines.node), `${process.version} vs ${pkg.engines.node}`).toBe(true);
  });

  it('satisfy every installed package’s own engines (the oldest supported Node included)', () => {
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (!path || !range || KNOWN_EXCEPTIONS[path]) continue;
      if (!semver.satisfies(oldest, range, { includePrerelease: true }) || !semver.satisfies(process.version, range)) refusing.push(`${path}@${entry.version}: node ${range}`);
    }
    expect(refusing, `packages that do not run on Node ${oldest} (supported: ${pkg.engines.node})`).toEqual([]);
  });

  it('keeps its exceptions current', () => {
    for (const path of Object.keys(KNOWN_EXCEPTIONS)) {
      const range = (lock.packages[path]?.engines as { node?: string } | undefined)?.node;
      expect(range && !semver.satisfies(oldest, range), `${path} no longer needs an exception`).toBe(true);
    }
  });
});

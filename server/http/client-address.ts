import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Which hops in front of the server may say who the client is (`TRUSTED_PROXIES`), with the
 * semantics of Express's `trust proxy` (the `proxy-addr` module): the addresses of a request are
 * the socket's peer followed by `X-Forwarded-For` read from right to left; walking from the
 * socket, each trusted hop hands over to the address it forwarded for, and the first address that
 * is not trusted is the client. So a client can put anything in the header's left part — the
 * proxy appends the address it really saw on the right, and that is where the walk stops.
 *
 * - unset (or `false`): nobody is trusted, the socket's peer is the client, the header is never read;
 * - a hop count `N`: the N hops nearest the server are trusted, whatever their address;
 * - a list of addresses and CIDR ranges, and the names `loopback` (127.0.0.1/8, ::1),
 *   `linklocal` (169.254.0.0/16, fe80::/10) and `uniquelocal` (10/8, 172.16/12, 192.168/16, fc00::/7).
 *
 * Express's `true` (trust every hop: the leftmost address the client wrote) is refused: any
 * client could then pick its own address and walk around every per-address limit.
 */
export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'list'; sources: string[]; list: BlockList };

const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

export class TrustedProxiesError extends Error {}

/** Parses `TRUSTED_PROXIES`; throws TrustedProxiesError naming the bad item. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const v = (value ?? '').trim();
  if (!v || v === 'false') return { kind: 'none' };
  if (v === 'true') throw new TrustedProxiesError('"true" would trust every hop, so any client could choose its address: give the proxies\' addresses or a hop count');
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 20) throw new TrustedProxiesError(`a hop count of ${hops} is not plausible (at most 20)`);
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops };
  }
  const list = new BlockList();
  const sources = v.split(/[\s,]+/).filter(Boolean);
  for (const item of sources) {
    for (const range of NAMED[item.toLowerCase()] ?? [item]) {
      const [address = '', prefix, ...rest] = range.split('/');
      const family = isIP(address);
      const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
      if (!family || rest.length || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
        throw new TrustedProxiesError(`not an IP address, CIDR range, hop count or one of loopback, linklocal, uniquelocal: ${item}`);
      }
      list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
    }
  }
  return { kind: 'list', sources, list };
}

/** An address as it may appear in X-Forwarded-For (`1.2.3.4:567`, `[::1]:80`) → the bare IP, or undefined. */
function bareIp(raw: string): string | undefined {
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  if (!isIP(s)) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  return mapped ? mapped[1] : s.toLowerCase();
}

function trusted(trust: TrustedProxies, address: string, hop: number): boolean {
  if (trust.kind === 'none') return false;
  if (trust.kind === 'hops') return hop < trust.hops;
  return trust.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address for a request that arrived from `socketAddress` with `forwardedFor`. A
 * malformed entry in the header is never taken as the client (it could be varied at will to
 * escape a limit): the walk stops at the last well-formed address before it.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: TrustedProxies): string {
  const socket = socketAddress ? (bareIp(socketAddress) ?? socketAddress) : 'unknown';
  if (trust.kind === 'none' || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').reverse();
  let current = socket;
  for (let i = 0; i < hops.length; i++) {
    if (!trusted(trust, current, i)) return current;
    const next = bareIp(hops[i]!);
    if (!next) return current;
    current = next;
  }
  return current;
}

declare module 'hono' {
  interface ContextVariableMap {
    clientAddress: string;
  }
}

function socketAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** Sets `c.var.clientAddress` for every request (read it with `clientIp(c)`). */
export function clientAddressMiddleware(trust: TrustedProxies) {
  return createMiddleware(async (c, next) => {
    c.set('clientAddress', clientAddress(socketAddressOf(c), c.req.header('x-forwarded-for'), trust));
    await next();
  });
}

/** The client's address as decided by the middleware (the socket's peer where it did not run). */
export function clientIp(c: Context): string {
  return c.get('clientAddress') ?? socketAddressOf(c) ?? 'unknown';
}

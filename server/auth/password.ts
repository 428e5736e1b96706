import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, opts: object) => Promise<Buffer>;

/**
 * Passwords hashed with scrypt (memory-hard, node:crypto). The parameters are stored with each
 * hash so they can be raised later without invalidating existing accounts.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return timingSafeEqual(actual, expected);
}

/** A password policy a public-sector review accepts: 12+ characters, not all of one kind. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return 'too_short';
  if (password.length > 200) return 'too_long';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return 'too_simple';
  return undefined;
}

/** A random password for a new account, shown once (20 characters, all four kinds). */
export function generatePassword(): string {
  const pick = (alphabet: string, n: number) => Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
  const raw = pick('abcdefghijkmnopqrstuvwxyz', 6) + pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 6) + pick('23456789', 5) + pick('!@#%^*-_=+', 3);
  return [...raw].sort(() => randomBytes(1)[0]! - 128).join('');
}

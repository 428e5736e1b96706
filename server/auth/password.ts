import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { COMMON_PASSWORDS_ZH } from './common-passwords-zh.ts';

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

export type PasswordProblem = 'too_short' | 'too_long' | 'too_simple' | 'personal' | 'common';

/** Words of this service a guesser tries first, besides the account's own names. */
const SERVICE_WORDS = ['yubei', 'yishengyikun', 'jiuye', 'chongqing', 'renshe', 'staff', 'admin', 'console'];

/**
 * zxcvbn-ts with its common dictionaries (the most used passwords from public breach lists, and
 * keyboard patterns) and our embedded supplement of Chinese password words, built on first use:
 * about 50 ms once, a few ms per check after that.
 */
let estimator: ZxcvbnFactory | undefined;
const strength = () =>
  (estimator ??= new ZxcvbnFactory({ dictionary: { ...commonDictionary, 'passwords-zh': [...new Set(COMMON_PASSWORDS_ZH)] }, graphs: adjacencyGraphs }));

/** At least 10^8 guesses (zxcvbn's score 3): out of reach online, and slow offline behind scrypt. */
const MIN_SCORE = 3;

/**
 * A password policy a public-sector review accepts (等保 asks for complexity, NIST SP 800-63B for a
 * check against known-common passwords): 12–200 characters, three of the four kinds, not made of
 * the account's own name, and not a common or easily guessed password (zxcvbn-ts score 3+, which
 * catches `Password1234`, `P@ssw0rd2024!`, `1qaz2wsx3edC` and the like).
 */
export function passwordProblem(password: string, account: { username?: string; displayName?: string } = {}): PasswordProblem | undefined {
  if (password.length < 12) return 'too_short';
  if (password.length > 200) return 'too_long';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return 'too_simple';
  const own = [account.username, account.displayName].filter((w): w is string => !!w && w.length >= 3).map((w) => w.toLowerCase());
  if (own.some((w) => password.toLowerCase().includes(w))) return 'personal';
  if (strength().check(password, [...own, ...SERVICE_WORDS]).score < MIN_SCORE) return 'common';
  return undefined;
}

/** A random password for a new account, shown once (20 characters, all four kinds). */
export function generatePassword(): string {
  const pick = (alphabet: string, n: number) => Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
  const raw = pick('abcdefghijkmnopqrstuvwxyz', 6) + pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 6) + pick('23456789', 5) + pick('!@#%^*-_=+', 3);
  return [...raw].sort(() => randomBytes(1)[0]! - 128).join('');
}

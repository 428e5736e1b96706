import { describe, expect, it } from 'vitest';
import { generatePassword, passwordProblem } from '../../server/auth/password.ts';

describe('the password policy', () => {
  it.each([
    ['Password1234', 'common'],
    ['Password1234!', 'common'],
    ['Qwerty123456', 'common'],
    ['P@ssw0rd2024!', 'common'],
    ['Admin@123456', 'common'],
    ['Woaini1314520', 'common'],
    ['Aa123456789!', 'common'],
    ['1qaz2wsx3edC', 'common'],
  ])('refuses the common password %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses short, overlong and one-kind passwords', () => {
    expect(passwordProblem('Xk7#mPq2vL9')).toBe('too_short');
    expect(passwordProblem('Xk7#'.repeat(60))).toBe('too_long');
    expect(passwordProblem('xkqmpvlwrtzyhd')).toBe('too_simple');
  });

  it('refuses a password made of the account\'s own name', () => {
    expect(passwordProblem('Wangjing-2026!', { username: 'wangjing', displayName: '王静' })).toBe('personal');
    expect(passwordProblem('Zq-wangjing-8x!', { username: 'WangJing' })).toBe('personal');
  });

  it('accepts strong passwords, and every generated one-time password', () => {
    expect(passwordProblem('Another-strong-pw-9')).toBeUndefined();
    expect(passwordProblem('xK7#mPq2vL9$wR')).toBeUndefined();
    expect(passwordProblem('Correct-horse-42!')).toBeUndefined();
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword(), { username: 'admin' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { all, and, any, fact, FALSE, given, negate, not, or, test, TRUE, uniq } from '../../server/rules/logic.ts';

describe('three-valued logic', () => {
  it('and: false wins, then unknown', () => {
    expect(and(true, true)).toBe(true);
    expect(and(true, undefined)).toBeUndefined();
    expect(and(undefined, false)).toBe(false);
    expect(and()).toBe(true);
  });
  it('or: true wins, then unknown', () => {
    expect(or(false, false)).toBe(false);
    expect(or(false, undefined)).toBeUndefined();
    expect(or(undefined, true)).toBe(true);
  });
  it('not keeps unknown unknown', () => {
    expect(not(true)).toBe(false);
    expect(not(undefined)).toBeUndefined();
  });
  it('carries missing facts only while the result is unknown', () => {
    const a = given(undefined, 'person.a');
    const b = given(undefined, 'person.b');
    expect(all(a, b, TRUE)).toEqual({ value: undefined, missing: ['person.a', 'person.b'] });
    expect(all(a, FALSE)).toEqual({ value: false, missing: [] });
    expect(any(a, TRUE)).toEqual({ value: true, missing: [] });
    expect(any(a, b, a)).toEqual({ value: undefined, missing: ['person.a', 'person.b'] });
    expect(negate(a)).toEqual({ value: undefined, missing: ['person.a'] });
    expect(negate(TRUE).value).toBe(false);
    expect(fact(true, ['x'])).toEqual({ value: true, missing: [] });
  });
  it('tests numbers that may be unknown', () => {
    expect(test(12, 'm', (n) => n >= 12).value).toBe(true);
    expect(test(undefined, 'm', (n) => n >= 12).missing).toEqual(['m']);
    expect(test(undefined, ['m', 'n'], (n) => n >= 12).missing).toEqual(['m', 'n']);
    expect(uniq([1, 1, 2])).toEqual([1, 2]);
    const many = Array.from({ length: 100 }, (_, i) => i % 40);
    expect(uniq(many)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(negate(FALSE)).toBe(TRUE);
  });
});

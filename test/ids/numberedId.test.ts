/**
 * Numbered booking ids: the memo gives the same strings as writing them out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedId } from '../../src/ids/numberedId.js';
import { RUNS } from '../arbitraries/core.js';

describe('numberedId', () => {
  it('writes "<prefix>#<n>"', () => {
    expect(numberedId('users', 1)).toBe('users#1');
    expect(numberedId('users', 1)).toBe('users#1');
    expect(numberedId('sms', 64)).toBe('sms#64');
    expect(numberedId('a#b', 0)).toBe('a#b#0');
  });

  it('property: equals the written-out id for any prefix and number, asked once or twice', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 200 }), (prefix, n) => {
        expect(numberedId(prefix, n)).toBe(`${prefix}#${n}`);
        expect(numberedId(prefix, n)).toBe(`${prefix}#${n}`);
      }),
      RUNS,
    );
  });
});

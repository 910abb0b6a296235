/**
 * The one error type and its code catalogue (all rules).
 */
import { describe, expect, it } from 'vitest';
import { createPeriod, ERROR_MESSAGES, isTarifkitError, TarifkitError, type TarifkitErrorCode } from '../../src/index.js';

describe('TarifkitError', () => {
  it('carries a stable code, the field and the value, and a message naming both', () => {
    const error = new TarifkitError('END_BEFORE_START', { field: 'period', value: '2026-03-01..2026-02-01' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TarifkitError);
    expect(error.name).toBe('TarifkitError');
    expect(error.code).toBe('END_BEFORE_START');
    expect(error.details).toEqual({ field: 'period', value: '2026-03-01..2026-02-01' });
    expect(error.message).toBe('END_BEFORE_START: period ends before it starts: "2026-03-01..2026-02-01"');
  });

  it('freezes its details and copies them, so a caller\'s object is not kept', () => {
    const details = { field: 'change.quantity', value: 1.5 };
    const error = new TarifkitError('INVALID_QUANTITY', details);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(error.details).not.toBe(details);
    expect(Object.isFrozen(details)).toBe(false);
  });

  it('renders odd values readably in the message', () => {
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: Number.NaN }).message).toContain(': NaN');
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: undefined }).message).toContain(': undefined');
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: null }).message).toContain(': null');
    expect(new TarifkitError('INVALID_RATIO', { field: 'ratios', value: [1, -1] }).message).toContain(': 1,-1');
    expect(new TarifkitError('INVALID_DATE', { field: 'x', value: createPeriod('2026-01-01', '2026-02-01') }).message)
      .toContain('[2026-01-01, 2026-02-01)');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(new TarifkitError('INVALID_CYCLE', { field: 'cycle', value: cyclic }).message).toContain('INVALID_CYCLE: cycle');
  });

  it('builds its message from any bad value without throwing itself', () => {
    const awkward: unknown[] = [
      [{ toString: false }],
      Object.create(null),
      Symbol('x'),
      () => 1,
      { toString: () => { throw new Error('no'); } },
      { toJSON: () => { throw new Error('no'); }, toString: false },
      10n,
    ];
    const messages = awkward.map((value) => new TarifkitError('INVALID_DATE', { field: 'date', value }).message);
    expect(messages).toEqual([
      'INVALID_DATE: date is not a valid ISO date: [{"toString":false}]',
      'INVALID_DATE: date is not a valid ISO date: {}',
      'INVALID_DATE: date is not a valid ISO date: Symbol(x)',
      'INVALID_DATE: date is not a valid ISO date: [function]',
      'INVALID_DATE: date is not a valid ISO date: {}',
      'INVALID_DATE: date is not a valid ISO date: [object Object]',
      'INVALID_DATE: date is not a valid ISO date: 10',
    ]);
  });

  it('keeps the cause when it wraps another error', () => {
    const cause = new RangeError('bad');
    expect(new TarifkitError('INVALID_DATE', { field: 'date', value: 'x' }, { cause }).cause).toBe(cause);
  });

  it('has a message template for every code, each naming the field', () => {
    for (const [code, template] of Object.entries(ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(template).toContain('{field}');
      const error = new TarifkitError(code as TarifkitErrorCode, { field: 'f', value: 1 });
      expect(error.message.startsWith(`${code}: f `)).toBe(true);
    }
  });

  it('isTarifkitError tells tarifkit errors apart, optionally by code', () => {
    const error = new TarifkitError('EMPTY_PERIOD', { field: 'period' });
    expect(isTarifkitError(error)).toBe(true);
    expect(isTarifkitError(error, 'EMPTY_PERIOD')).toBe(true);
    expect(isTarifkitError(error, 'INVALID_DATE')).toBe(false);
    expect(isTarifkitError(new RangeError('x'))).toBe(false);
    expect(isTarifkitError({ code: 'EMPTY_PERIOD' })).toBe(false);
    expect(isTarifkitError(undefined)).toBe(false);
  });
});

/**
 * The one error type and its code catalogue: a stable code, the field and the
 * value, a message that never throws, and a brand every copy of the library shares.
 */
import { describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES, isTarifkitError, TarifkitError, type TarifkitErrorCode } from '../../src/index.js';
import { ERROR_BRAND } from '../../src/errors/TarifkitError.js';
import { fail, optionsOf, recordOf, textOf } from '../../src/errors/fail.js';
import { expectTarifkitError } from '../arbitraries/core.js';

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

  it('freezes a copy of its details, so a caller\'s object is not kept, and keeps extra keys', () => {
    const details = { field: 'change.quantity', value: 1.5, max: 1_000_000 };
    const error = new TarifkitError('INVALID_QUANTITY', details);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(error.details).not.toBe(details);
    expect(error.details).toEqual(details);
    expect(Object.isFrozen(details)).toBe(false);
  });

  it('names the field "value" when details carry no field name', () => {
    const error = new TarifkitError('INVALID_DATE', { value: 'x' } as never);
    expect(error.details.field).toBe('value');
    expect(error.message).toBe('INVALID_DATE: value is not a valid ISO date (YYYY-MM-DD): "x"');
    expect(new TarifkitError('INVALID_DATE', undefined as never).details).toEqual({ field: 'value' });
  });

  it('renders odd values readably in the message', () => {
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: Number.NaN }).message).toContain(': NaN');
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: undefined }).message).toContain(': undefined');
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: null }).message).toContain(': null');
    expect(new TarifkitError('INVALID_AMOUNT', { field: 'cents', value: true }).message).toContain(': true');
    expect(new TarifkitError('INVALID_RATIO', { field: 'ratios', value: [1, -1] }).message).toContain(': 1,-1');
    expect(new TarifkitError('INVALID_DATE', { field: 'range', value: { start: '2026-01-01', end: '2026-02-01' } }).message)
      .toContain(': {"start":"2026-01-01","end":"2026-02-01"}');
    expect(new TarifkitError('INVALID_DATE', { field: 'x', value: { long: 'y'.repeat(300) } }).message).toMatch(/…$/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(new TarifkitError('INVALID_CYCLE', { field: 'cycle', value: cyclic }).message).toBe('INVALID_CYCLE: cycle is not a valid billing cycle: [object Object]');
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
    const prefix = 'INVALID_DATE: date is not a valid ISO date (YYYY-MM-DD): ';
    expect(messages).toEqual([
      `${prefix}[{"toString":false}]`,
      `${prefix}{}`,
      `${prefix}Symbol(x)`,
      `${prefix}[function]`,
      `${prefix}{}`,
      `${prefix}[object Object]`,
      `${prefix}10`,
    ]);
  });

  it('keeps the cause when it wraps another error', () => {
    const cause = new RangeError('bad');
    expect(new TarifkitError('INVALID_DATE', { field: 'date', value: 'x' }, { cause }).cause).toBe(cause);
    expect('cause' in new TarifkitError('INVALID_DATE', { field: 'date', value: 'x' })).toBe(false);
  });

  it('has a message template for every code, each naming the field and the value', () => {
    const codes = Object.keys(ERROR_MESSAGES);
    expect(codes.length).toBeGreaterThan(20);
    for (const [code, template] of Object.entries(ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(template).toContain('{field}');
      expect(template).toContain('{value}');
      const error = new TarifkitError(code as TarifkitErrorCode, { field: 'f', value: 1 });
      expect(error.message.startsWith(`${code}: f `)).toBe(true);
      expect(error.message.endsWith(': 1')).toBe(true);
    }
    // The codes the rewrite renamed are gone: one code per kind of failure.
    for (const old of ['UNKNOWN_CYCLE_KIND', 'UNSUPPORTED_CURRENCY', 'INVALID_CUSTOMER_TYPE', 'MISSING_PRICE', 'INVALID_TERM', 'UNKNOWN_PLAN']) {
      expect(Object.hasOwn(ERROR_MESSAGES, old)).toBe(false);
    }
  });

  it('a code outside the catalogue throws INVALID_ARGUMENT naming the field code and listing the known codes', () => {
    expectTarifkitError(() => new TarifkitError('NOT_A_CODE' as TarifkitErrorCode, { field: 'x', value: 1 }), 'INVALID_ARGUMENT', 'code');
    expectTarifkitError(() => new TarifkitError('toString' as TarifkitErrorCode, { field: 'x' }), 'INVALID_ARGUMENT', 'code');
    expectTarifkitError(() => new TarifkitError(Object.create(null) as TarifkitErrorCode, { field: 'x' }), 'INVALID_ARGUMENT', 'code');
    try {
      new TarifkitError('NOPE' as TarifkitErrorCode, { field: 'x' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', message: 'INVALID_ARGUMENT: code is not what this function takes: "NOPE"' });
      expect((error as TarifkitError).details['known']).toContain('DATE_OUT_OF_RANGE');
    }
  });

  it('carries the brand Symbol.for("tarifkit.error"), hidden from JSON and keys', () => {
    const error = new TarifkitError('EMPTY_PERIOD', { field: 'period' });
    expect(ERROR_BRAND).toBe(Symbol.for('tarifkit.error'));
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for('tarifkit.error')]).toBe(true);
    expect(Object.keys(error)).not.toContain(String(ERROR_BRAND));
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'TarifkitError', code: 'EMPTY_PERIOD', details: { field: 'period' } });
  });
});

describe('isTarifkitError', () => {
  it('tells tarifkit errors apart, optionally by code', () => {
    const error = new TarifkitError('EMPTY_PERIOD', { field: 'period' });
    expect(isTarifkitError(error)).toBe(true);
    expect(isTarifkitError(error, 'EMPTY_PERIOD')).toBe(true);
    expect(isTarifkitError(error, 'INVALID_DATE')).toBe(false);
    for (const other of [new RangeError('x'), new Error('EMPTY_PERIOD'), { code: 'EMPTY_PERIOD' }, { name: 'TarifkitError', code: 'EMPTY_PERIOD' }, undefined, null, 'EMPTY_PERIOD', 42]) {
      expect(isTarifkitError(other)).toBe(false);
    }
  });

  it('recognises an error thrown by another copy of the library by its shared brand, not by its class', async () => {
    vi.resetModules();
    const other = (await import('../../src/errors/TarifkitError.js')) as typeof import('../../src/errors/TarifkitError.js');
    expect(other.TarifkitError).not.toBe(TarifkitError);
    const foreign = new other.TarifkitError('INVALID_DATE', { field: 'start', value: 'x' });
    expect(foreign).not.toBeInstanceOf(TarifkitError);
    expect(isTarifkitError(foreign)).toBe(true);
    expect(isTarifkitError(foreign, 'INVALID_DATE')).toBe(true);
    expect(isTarifkitError(foreign, 'INVALID_CYCLE')).toBe(false);
    // And the other copy's isTarifkitError recognises this copy's errors.
    const otherIs = ((await import('../../src/errors/isTarifkitError.js')) as typeof import('../../src/errors/isTarifkitError.js')).isTarifkitError;
    expect(otherIs(new TarifkitError('INVALID_DATE', { field: 'x' }))).toBe(true);
  });

  it('recognises the brand alone, as a CommonJS build\'s error carries it; a private symbol of the same name is no brand', () => {
    expect(isTarifkitError({ [Symbol.for('tarifkit.error')]: true, code: 'INVALID_DATE' }, 'INVALID_DATE')).toBe(true);
    expect(isTarifkitError({ [Symbol.for('tarifkit.error')]: 'yes', code: 'INVALID_DATE' })).toBe(false);
    expect(isTarifkitError({ [Symbol('tarifkit.error')]: true, code: 'INVALID_DATE' })).toBe(false);
  });
});

describe('the helpers that throw', () => {
  it('fail throws the code with the field, the value and any extra details', () => {
    expectTarifkitError(() => fail('INVALID_QUANTITY', 'input.quantity', 0, { min: 1 }), 'INVALID_QUANTITY', 'input.quantity');
    try {
      fail('INVALID_QUANTITY', 'input.quantity', 0, { min: 1, field: 'ignored' });
    } catch (error) {
      expect((error as TarifkitError).details).toEqual({ min: 1, field: 'input.quantity', value: 0 });
    }
  });

  it('recordOf, optionsOf and textOf take what they name and refuse the rest with the field', () => {
    expect(recordOf({ a: 1 }, 'input')).toEqual({ a: 1 });
    for (const bad of [null, undefined, [], 'x', 1]) expectTarifkitError(() => recordOf(bad, 'input'), 'INVALID_ARGUMENT', 'input');
    expect(optionsOf(undefined)).toEqual({});
    expect(Object.isFrozen(optionsOf(undefined))).toBe(true);
    expectTarifkitError(() => optionsOf(null), 'INVALID_ARGUMENT', 'options');
    expectTarifkitError(() => optionsOf('x', 'opts'), 'INVALID_ARGUMENT', 'opts');
    expect(textOf('a', 'name')).toBe('a');
    expectTarifkitError(() => textOf(' ', 'name'), 'INVALID_ARGUMENT', 'name');
    expectTarifkitError(() => textOf(1, 'plan.name', 'INVALID_CATALOG'), 'INVALID_CATALOG', 'plan.name');
  });
});

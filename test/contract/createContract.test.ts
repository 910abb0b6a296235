import { describe, expect, it } from 'vitest';
import { createCatalog, createContract, termAt, versionAt, type Catalog, type CreateContractInput } from '../../src/index.js';
import { BASIC, deepFreeze, expectCode, hostingCatalog, hostingCatalogData } from '../arbitraries/contract.js';

describe('createContract (R1)', () => {
  const catalog = hostingCatalog();

  it('knows its term, the term end, its renewal and its first version', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    expect(contract.start.toString()).toBe('2026-01-01');
    expect(contract.asOf.toString()).toBe('2026-01-01');
    expect(contract.term.toString()).toBe('[2026-01-01, 2027-01-01)');
    expect(contract.term.days).toBe(365);
    expect(contract.termEnd.toString()).toBe('2027-01-01');
    expect(contract.term.last.toString()).toBe('2026-12-31');
    expect(contract.nextTerm?.toString()).toBe('[2027-01-01, 2028-01-01)');
    expect(contract.renewal).toEqual({ kind: 'fixed', months: 12 });
    expect(contract.noticeDeadline?.toString()).toBe('2026-09-30');
    expect(contract.end).toBeNull();
    expect(contract.cancellation).toBeNull();
    expect(contract.scheduled).toBeNull();
    expect(contract.versions).toHaveLength(1);
    expect(contract.versions[0]).toMatchObject({ planId: 'basic', planName: 'Basic', priceCents: 10000, cause: 'start', fromDay: contract.term.startDay });
    expect(contract.current.from.toString()).toBe('2026-01-01');
  });

  it('fills the configuration from the plan defaults', () => {
    const contract = createContract(catalog, { planId: 'server', start: '2026-03-15', configuration: { ram: 8 } });
    expect(contract.configuration).toEqual({ ram: 8, vcpu: 1, disk: 20 });
    expect(contract.current.priceCents).toBe(1500 + 1600 + 500 + 200);
  });

  it('counts terms from the start day and clamps short months without drifting', () => {
    const monthly = createCatalog({ plans: [{ ...BASIC, id: 'm', termMonths: 1, renewal: { kind: 'fixed', months: 1 } }] });
    const contract = createContract(monthly, { planId: 'm', start: '2026-01-31' });
    expect(contract.term.toString()).toBe('[2026-01-31, 2026-02-28)');
    expect(contract.nextTerm?.toString()).toBe('[2026-02-28, 2026-03-31)');
    expect(termAt(contract, '2026-04-15').toString()).toBe('[2026-03-31, 2026-04-30)');
    expect(termAt(contract, '2026-05-30').toString()).toBe('[2026-04-30, 2026-05-31)');
  });

  it('a leap-day start: renewal terms end on Feb 28 and on Feb 29 again in leap years', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2024-02-29' });
    expect(termAt(contract, '2025-06-01').toString()).toBe('[2025-02-28, 2026-02-28)');
    expect(termAt(contract, '2028-01-15').toString()).toBe('[2027-02-28, 2028-02-29)');
  });

  it('a plan without renewal ends with its first term', () => {
    const contract = createContract(catalog, { planId: 'project', start: '2026-01-01' });
    expect(contract.end?.toString()).toBe('2026-07-01');
    expect(contract.nextTerm).toBeNull();
    expect(contract.noticeDeadline).toBeNull();
    expectCode(() => termAt(contract, '2026-07-01'), 'CHANGE_OUTSIDE_CONTRACT', 'date');
  });

  it('versionAt and termAt refuse days before the start', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    expectCode(() => versionAt(contract, '2025-12-31'), 'CHANGE_OUTSIDE_CONTRACT', 'date');
    expectCode(() => termAt(contract, '2025-12-31'), 'CHANGE_OUTSIDE_CONTRACT', 'date');
    expectCode(() => versionAt(contract, '2026-02-30'), 'INVALID_DATE', 'date');
  });

  it('accepts a catalog read back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(catalog)) as Catalog;
    expect(createContract(copy, { planId: 'pro', start: '2026-01-01' }).current.priceCents).toBe(20000);
  });

  it('is JSON-safe', () => {
    const contract = createContract(catalog, { planId: 'server', start: '2026-03-15', id: 'c-1' });
    expect(JSON.parse(JSON.stringify(contract))).toEqual({
      id: 'c-1',
      start: '2026-03-15',
      asOf: '2026-03-15',
      planId: 'server',
      configuration: { ram: 2, vcpu: 1, disk: 20 },
      termMonths: 12,
      renewal: { kind: 'fixed', months: 12 },
      term: { start: '2026-03-15', end: '2027-03-15' },
      versions: [{ from: '2026-03-15', planId: 'server', planName: 'Cloud Server', configuration: { ram: 2, vcpu: 1, disk: 20 }, priceCents: 2600, cause: 'start' }],
      cancellation: null,
      end: null,
    });
  });

  it('cannot be changed from outside', () => {
    const contract = createContract(catalog, { planId: 'server', start: '2026-03-15' });
    expect(() => { (contract as unknown as { versions: unknown }).versions = []; }).toThrow(TypeError);
    expect(() => { (contract.configuration as Record<string, number>).ram = 64; }).toThrow(TypeError);
    expect(() => { (contract.versions as unknown[]).push(null); }).toThrow(TypeError);
    expect(contract.configuration.ram).toBe(2);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ planId: 'server', start: '2026-03-15', configuration: { ram: 8 } });
    const data = deepFreeze(hostingCatalogData());
    const before = JSON.stringify([input, data]);
    createContract(hostingCatalog(), input);
    expect(JSON.stringify([input, data])).toBe(before);
  });

  describe('bad input is a typed error naming the field', () => {
    it('an unknown plan is UNKNOWN_PLAN', () => {
      expectCode(() => createContract(catalog, { planId: 'platinum', start: '2026-01-01' }), 'UNKNOWN_PLAN', 'input.planId');
      expectCode(() => createContract(catalog, null as unknown as CreateContractInput), 'UNKNOWN_PLAN', 'input.planId');
    });
    it('a bad start is INVALID_DATE', () => {
      expectCode(() => createContract(catalog, { planId: 'basic', start: '2026-13-01' }), 'INVALID_DATE', 'input.start');
    });
    it('an unknown option is UNKNOWN_OPTION', () => {
      expectCode(() => createContract(catalog, { planId: 'server', start: '2026-01-01', configuration: { gpu: 1 } }), 'UNKNOWN_OPTION', 'input.configuration.gpu');
    });
    it('an option of another plan is CONFIGURATION_MISMATCH', () => {
      expectCode(() => createContract(catalog, { planId: 'server', start: '2026-01-01', configuration: { backup: 50 } }), 'CONFIGURATION_MISMATCH', 'input.configuration.backup');
      expectCode(() => createContract(catalog, { planId: 'basic', start: '2026-01-01', configuration: { ram: 8 } }), 'CONFIGURATION_MISMATCH', 'input.configuration.ram');
    });
    it('a negative or fractional quantity is INVALID_QUANTITY', () => {
      expectCode(() => createContract(catalog, { planId: 'server', start: '2026-01-01', configuration: { ram: -2 } }), 'INVALID_QUANTITY', 'input.configuration.ram');
      expectCode(() => createContract(catalog, { planId: 'server', start: '2026-01-01', configuration: { disk: 10.5 } }), 'INVALID_QUANTITY', 'input.configuration.disk');
    });
  });
});

import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createCatalog,
  createContract,
  quoteChange,
  versionAt,
  type ApplyResult,
  type ChangeOptions,
  type Contract,
  type ContractEvent,
  type QuoteResult,
} from '../../src/index.js';
import { BASIC, expectCode, HOME, hostingCatalog, PRO } from '../arbitraries/contract.js';

const catalog = hostingCatalog();

function accepted(result: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

function refused(result: ApplyResult | QuoteResult): Extract<ApplyResult, { ok: false }> {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('applyEvent: upgrades (R2)', () => {
  it('credits a chained upgrade from the price in force, never from the last prorated charge', () => {
    const tiers = createCatalog({ plans: [BASIC, PRO, { ...PRO, id: 'premium', name: 'Premium', price: { cents: 30000, per: 'term' } }] });
    const start = createContract(tiers, { planId: 'basic', start: '2026-01-01' });
    const first = accepted(applyEvent(start, { type: 'upgrade', on: '2026-07-01', planId: 'pro' }));
    const second = accepted(applyEvent(first.contract, { type: 'upgrade', on: '2026-10-01', planId: 'premium' }));
    if (first.type !== 'upgrade' || second.type !== 'upgrade') throw new Error('expected upgrades');
    // 92 of 365 days left: Premium 300 € × 92/365 charged, Pro's 200 € × 92/365 credited.
    expect(second.charge.cents).toBe(7562);
    expect(second.credit.cents).toBe(-5041);
    expect(second.credit.item.label).toBe('Pro');
    // The bug the issue warns of: crediting the prorated 100,82 € as if it were Pro's price.
    expect(second.credit.cents).not.toBe(-Math.round((10082 * 92) / 365));
    // Paid over the term: 100 € + 50,41 € + 25,21 € = 175,62 €, within 2 cents of Σ price × days / 365.
    const total = 10000 + first.netCents + second.netCents;
    expect(total).toBe(17562);
    expect(Math.abs(total * 365 - (10000 * 181 + 20000 * 92 + 30000 * 92))).toBeLessThanOrEqual(2 * 365);
    expect(second.contract.termEnd.toString()).toBe('2027-01-01');
  });

  it('a price per billing period is charged and credited for the rest of the current period', () => {
    const contract = createContract(catalog, { planId: 'server', start: '2026-01-01' });
    const result = accepted(applyEvent(contract, { type: 'upgrade', on: '2026-03-10', configuration: { ram: 8 } }));
    if (result.type !== 'upgrade') throw new Error('expected an upgrade');
    // 22 of March's 31 days: 38 € × 22/31 charged, 26 € × 22/31 credited.
    expect([result.charge.cents, result.credit.cents, result.netCents]).toEqual([2697, -1845, 852]);
    expect(result.charge.range?.toString()).toBe('[2026-03-10, 2026-04-01)');
    expect(result.charge.period?.toString()).toBe('[2026-03-01, 2026-04-01)');
    expect(result.charge.item.label).toBe('Cloud Server (RAM 8 GB, vCPU 1, Disk 20 GB)');
    expect(result.credit.item.label).toBe('Cloud Server (RAM 2 GB, vCPU 1, Disk 20 GB)');
    expect(result.contract.configuration).toEqual({ ram: 8, vcpu: 1, disk: 20 });
    expect(result.contract.term.toString()).toBe('[2026-01-01, 2027-01-01)');
  });

  it('options left out keep their quantity in force', () => {
    const contract = accepted(applyEvent(createContract(catalog, { planId: 'server', start: '2026-01-01' }), { type: 'upgrade', on: '2026-02-01', configuration: { ram: 8 } })).contract;
    const next = accepted(applyEvent(contract, { type: 'upgrade', on: '2026-02-10', configuration: { vcpu: 4 } }));
    expect(next.contract.configuration).toEqual({ ram: 8, vcpu: 4, disk: 20 });
  });

  it('with a price per billing period, the charge stops at the term end', () => {
    const contract = createContract(catalog, { planId: 'server', start: '2026-01-15', configuration: { ram: 2 } });
    const result = accepted(applyEvent(contract, { type: 'upgrade', on: '2027-01-10', configuration: { ram: 8 } }));
    if (result.type !== 'upgrade') throw new Error('expected an upgrade');
    // The second term starts on 2027-01-15: 5 of January's 31 days.
    expect(result.charge.range?.toString()).toBe('[2027-01-10, 2027-01-15)');
    expect([result.charge.cents, result.credit.cents]).toEqual([613, -419]);
  });

  it('an upgrade in a renewal term is priced against that term', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const result = accepted(applyEvent(contract, { type: 'upgrade', on: '2027-07-01', planId: 'pro' }));
    if (result.type !== 'upgrade') throw new Error('expected an upgrade');
    expect(result.term.toString()).toBe('[2027-01-01, 2028-01-01)');
    expect([result.charge.cents, result.credit.cents]).toEqual([10082, -5041]);
    expect(result.contract.termEnd.toString()).toBe('2028-01-01');
  });

  it('accepts the day as a PlainDate, and an event read back from JSON gives the same result', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const event: ContractEvent = { type: 'upgrade', on: Temporal.PlainDate.from('2026-07-01'), planId: 'pro' };
    const direct = applyEvent(contract, event);
    const fromJson = applyEvent(contract, JSON.parse(JSON.stringify(event)) as ContractEvent);
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(direct));
  });
});

describe('applyEvent: downgrades (R3)', () => {
  const pro = createContract(catalog, { planId: 'pro', start: '2026-01-01' });

  it('a downgrade mid-term is accepted and scheduled for the term end', () => {
    const result = accepted(applyEvent(pro, { type: 'downgrade', on: '2026-03-10', planId: 'basic' }));
    expect(result.type).toBe('downgrade');
    expect(result.scheduled).toBe(true);
    expect(result.effectiveOn.toString()).toBe('2027-01-01');
    expect(result.lines).toEqual([]);
    expect(result.netCents).toBe(0);
    const next = result.contract;
    expect(next.plan.id).toBe('pro'); // still Pro until the term ends
    expect(next.scheduled?.planId).toBe('basic');
    expect(next.scheduled?.from.toString()).toBe('2027-01-01');
    expect(versionAt(next, '2026-12-31').planId).toBe('pro');
    expect(versionAt(next, '2027-01-01')).toMatchObject({ planId: 'basic', cause: 'downgrade' });
  });

  it('fewer options are scheduled the same way', () => {
    const server = createContract(catalog, { planId: 'server', start: '2026-01-01', configuration: { ram: 16 } });
    const result = accepted(applyEvent(server, { type: 'downgrade', on: '2026-05-20', configuration: { ram: 4 } }));
    expect(result.effectiveOn.toString()).toBe('2027-01-01');
    expect(result.contract.configuration.ram).toBe(16);
    expect(versionAt(result.contract, '2027-01-01').configuration.ram).toBe(4);
  });

  it('an upgrade before the term end replaces the scheduled downgrade', () => {
    const scheduled = accepted(applyEvent(pro, { type: 'downgrade', on: '2026-03-10', planId: 'basic' })).contract;
    const result = accepted(applyEvent(scheduled, { type: 'upgrade', on: '2026-04-01' }));
    expect(result.dropped?.planId).toBe('basic');
    expect(result.netCents).toBe(0); // the same configuration: nets to zero
    expect(result.contract.scheduled).toBeNull();
    expect(versionAt(result.contract, '2027-01-01').planId).toBe('pro');
  });

  it('after the term end, the downgraded configuration is the one in force and credited', () => {
    const scheduled = accepted(applyEvent(pro, { type: 'downgrade', on: '2026-03-10', planId: 'basic' })).contract;
    const result = accepted(applyEvent(scheduled, { type: 'upgrade', on: '2027-07-01', planId: 'pro' }));
    if (result.type !== 'upgrade') throw new Error('expected an upgrade');
    expect(result.from.planId).toBe('basic');
    expect(result.credit.cents).toBe(-5041);
  });
});

describe('applyEvent: cancellation (R3)', () => {
  const basic = createContract(catalog, { planId: 'basic', start: '2026-01-01' });

  it('before the notice deadline it takes effect at the term end', () => {
    const result = accepted(applyEvent(basic, { type: 'cancel', on: '2026-09-30' }));
    if (result.type !== 'cancel') throw new Error('expected a cancellation');
    expect(result.onTime).toBe(true);
    expect(result.noticeDeadline.toString()).toBe('2026-09-30');
    expect(result.effectiveOn.toString()).toBe('2027-01-01');
    expect(result.lastDay.toString()).toBe('2026-12-31');
    expect(result.contract.end?.toString()).toBe('2027-01-01');
    expect(result.contract.nextTerm).toBeNull();
    expect(result.contract.noticeDeadline).toBeNull();
    expect(result.contract.cancellation?.effectiveOn.toString()).toBe('2027-01-01');
  });

  it('after the deadline it takes effect at the end of the following term', () => {
    const result = accepted(applyEvent(basic, { type: 'cancel', on: '2026-10-01' }));
    if (result.type !== 'cancel') throw new Error('expected a cancellation');
    expect(result.onTime).toBe(false);
    expect(result.effectiveOn.toString()).toBe('2028-01-01');
    expect(result.noticeDeadline.toString()).toBe('2027-09-30');
  });

  it('a notice in days counts back from the term end', () => {
    const days = createCatalog({ plans: [{ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'day', count: 14 } } }] });
    const contract = createContract(days, { planId: 'basic', start: '2026-01-01' });
    expect(contract.noticeDeadline?.toString()).toBe('2026-12-17');
    expect(accepted(applyEvent(contract, { type: 'cancel', on: '2026-12-17' })).effectiveOn.toString()).toBe('2027-01-01');
    expect(accepted(applyEvent(contract, { type: 'cancel', on: '2026-12-18' })).effectiveOn.toString()).toBe('2028-01-01');
  });

  it('a notice in weeks counts back seven days a week from the term end', () => {
    const weeks = createCatalog({ plans: [{ ...BASIC, policy: { ...BASIC.policy, notice: { unit: 'week', count: 4 } } }] });
    const contract = createContract(weeks, { planId: 'basic', start: '2026-01-01' });
    expect(contract.noticeDeadline?.toString()).toBe('2026-12-03'); // 28 days before 2026-12-31, the last day
    expect(accepted(applyEvent(contract, { type: 'cancel', on: '2026-12-03' })).effectiveOn.toString()).toBe('2027-01-01');
    expect(accepted(applyEvent(contract, { type: 'cancel', on: '2026-12-04' })).effectiveOn.toString()).toBe('2028-01-01');
  });

  it('an open-ended contract with a notice in weeks or days ends when that notice has run (R25)', () => {
    const weekly = createCatalog({ plans: [{ ...HOME, policy: { ...HOME.policy, notice: { unit: 'week', count: 2 } } }] });
    const home = createContract(weekly, { planId: 'home', start: '2026-01-15' });
    expect(home.noticeDeadline?.toString()).toBe('2027-12-31'); // two weeks before the first term's last day, 2028-01-14
    const later = accepted(applyEvent(home, { type: 'cancel', on: '2028-05-10' }));
    if (later.type !== 'cancel') throw new Error('expected a cancellation');
    expect([later.onTime, later.lastDay.toString(), later.effectiveOn.toString()]).toEqual([true, '2028-05-24', '2028-05-25']); // counted from the day after the notice (§187 BGB): 11–24 May
    const daily = createCatalog({ plans: [{ ...HOME, policy: { ...HOME.policy, notice: { unit: 'day', count: 10 } } }] });
    const tenDays = accepted(applyEvent(createContract(daily, { planId: 'home', start: '2026-01-15' }), { type: 'cancel', on: '2028-05-10' }));
    expect(tenDays.effectiveOn.toString()).toBe('2028-05-21'); // 11–20 May are the ten days
  });

  it('an open-ended consumer contract ends when the notice has run, after its first term (R25)', () => {
    const home = createContract(catalog, { planId: 'home', start: '2026-01-15' });
    expect(home.noticeDeadline?.toString()).toBe('2027-12-14');
    const onTime = accepted(applyEvent(home, { type: 'cancel', on: '2027-12-14' }));
    expect(onTime.effectiveOn.toString()).toBe('2028-01-15');
    const late = accepted(applyEvent(home, { type: 'cancel', on: '2027-12-15' }));
    if (late.type !== 'cancel') throw new Error('expected a cancellation');
    expect([late.onTime, late.effectiveOn.toString()]).toEqual([false, '2028-01-16']);
    const later = accepted(applyEvent(home, { type: 'cancel', on: '2028-05-10' }));
    if (later.type !== 'cancel') throw new Error('expected a cancellation');
    expect([later.onTime, later.lastDay.toString(), later.noticeDeadline.toString()]).toEqual([true, '2028-06-10', '2028-05-10']);
    expect(HOME.renewal.kind).toBe('openEnded');
  });

  it('a contract without renewal ends with its term whenever it is cancelled', () => {
    const project = createContract(catalog, { planId: 'project', start: '2026-01-01' });
    expect(accepted(applyEvent(project, { type: 'cancel', on: '2026-06-30' })).effectiveOn.toString()).toBe('2026-07-01');
  });

  it('a cancellation to the term end drops a downgrade scheduled for then', () => {
    const pro = createContract(catalog, { planId: 'pro', start: '2026-01-01' });
    const scheduled = accepted(applyEvent(pro, { type: 'downgrade', on: '2026-03-10', planId: 'basic' })).contract;
    const result = accepted(applyEvent(scheduled, { type: 'cancel', on: '2026-04-01' }));
    expect(result.dropped?.planId).toBe('basic');
    expect(result.contract.versions).toHaveLength(1);
  });

  it('after a cancellation: upgrades still work, a second cancellation and a downgrade are refused', () => {
    const cancelled = accepted(applyEvent(basic, { type: 'cancel', on: '2026-05-01' })).contract;
    const upgraded = accepted(applyEvent(cancelled, { type: 'upgrade', on: '2026-06-01', planId: 'pro' }));
    expect(upgraded.netCents).toBeGreaterThan(0);
    // The cancellation stays: the upgraded contract still ends with the term.
    expect(upgraded.contract.end?.toString()).toBe('2027-01-01');
    expect(upgraded.contract.cancellation?.receivedOn.toString()).toBe('2026-05-01');
    const again = refused(applyEvent(cancelled, { type: 'cancel', on: '2026-06-01' }));
    expect(again.refusal).toMatchObject({ reason: 'ALREADY_CANCELLED', allowedFrom: null });
    if (again.refusal.reason === 'ALREADY_CANCELLED') expect(again.refusal.contractEnd.toString()).toBe('2027-01-01');
    const down = refused(applyEvent(cancelled, { type: 'downgrade', on: '2026-06-01', planId: 'project' }));
    expect(down.reason).toBe('INCOMPATIBLE_PLAN');
    const pro = accepted(applyEvent(createContract(catalog, { planId: 'pro', start: '2026-01-01' }), { type: 'cancel', on: '2026-05-01' })).contract;
    const ends = refused(applyEvent(pro, { type: 'downgrade', on: '2026-06-01', planId: 'basic' }));
    expect([ends.reason, ends.allowedFrom]).toEqual(['CONTRACT_ENDS_FIRST', null]);
  });
});

describe('applyEvent: refusals are typed values with the earliest day allowed', () => {
  it('R4: a plan whose options may not change refuses, "contact sales"', () => {
    const managed = createContract(catalog, { planId: 'managed', start: '2026-01-01' });
    const result = refused(applyEvent(managed, { type: 'upgrade', on: '2026-03-01', configuration: { backup: 200 } }));
    expect(result.reason).toBe('OPTIONS_NOT_CHANGEABLE');
    expect(result.allowedFrom).toBeNull();
    expect(result.refusal).toMatchObject({ reason: 'OPTIONS_NOT_CHANGEABLE', contact: 'sales', change: 'upgrade', planId: 'managed', planName: 'Managed Server' });
    expect(result.refusal.on.toString()).toBe('2026-03-01');
    refused(applyEvent(managed, { type: 'downgrade', on: '2026-03-01', configuration: { backup: 50 } }));
    // The same configuration is no change of options: accepted, nets to zero.
    expect(accepted(applyEvent(managed, { type: 'upgrade', on: '2026-03-01', configuration: { backup: 100 } })).netCents).toBe(0);
  });

  it('R5: closing the business gives no right to end the contract early', () => {
    const basic = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const result = refused(applyEvent(basic, { type: 'terminateEarly', on: '2026-08-01', ground: 'businessClosure' }));
    expect(result.reason).toBe('NO_SPECIAL_TERMINATION_RIGHT');
    expect(result.allowedFrom?.toString()).toBe('2027-01-01');
    expect(result.refusal).toMatchObject({ ground: 'businessClosure', change: 'terminateEarly' });
    const late = refused(applyEvent(basic, { type: 'terminateEarly', on: '2026-11-01' }));
    expect(late.allowedFrom?.toString()).toBe('2028-01-01');
    expect(late.refusal).toMatchObject({ ground: 'other' });
  });

  it('an "upgrade" that costs less is refused; as a downgrade it works from the term end', () => {
    const pro = createContract(catalog, { planId: 'pro', start: '2026-01-01' });
    const result = refused(applyEvent(pro, { type: 'upgrade', on: '2026-03-01', planId: 'basic' }));
    expect([result.reason, result.allowedFrom?.toString()]).toEqual(['NOT_AN_UPGRADE', '2027-01-01']);
  });

  it('a "downgrade" that costs more is refused; as an upgrade it works at once', () => {
    const basic = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const result = refused(applyEvent(basic, { type: 'downgrade', on: '2026-03-01', planId: 'pro' }));
    expect([result.reason, result.allowedFrom?.toString()]).toEqual(['NOT_A_DOWNGRADE', '2026-03-01']);
  });

  it('a switch to a plan of another family needs a new contract', () => {
    const basic = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const result = refused(applyEvent(basic, { type: 'upgrade', on: '2026-03-01', planId: 'server' }));
    expect(result.refusal).toMatchObject({ reason: 'INCOMPATIBLE_PLAN', targetPlanId: 'server', allowedFrom: null, contact: 'sales' });
  });

  it('a quote refuses exactly as the change would', () => {
    const managed = createContract(catalog, { planId: 'managed', start: '2026-01-01' });
    const event: ContractEvent = { type: 'upgrade', on: '2026-03-01', configuration: { backup: 200 } };
    expect(JSON.stringify(quoteChange(managed, event))).toBe(JSON.stringify(applyEvent(managed, event)));
  });
});

describe('bad input is a typed error, and the contract stays untouched (section 7)', () => {
  const cases: Array<[string, ContractEvent, string, string, ChangeOptions?]> = [
    ['a day before the start', { type: 'upgrade', on: '2025-12-31', planId: 'pro' }, 'CHANGE_OUTSIDE_CONTRACT', 'event.on'],
    ['a day after the end', { type: 'upgrade', on: '2027-01-01', planId: 'pro' }, 'CHANGE_OUTSIDE_CONTRACT', 'event.on'],
    ['a day before the latest change', { type: 'upgrade', on: '2026-03-31' }, 'EVENT_OUT_OF_ORDER', 'event.on'],
    ['a day that does not exist', { type: 'cancel', on: '2026-02-29' }, 'INVALID_DATE', 'event.on'],
    ['an unknown option', { type: 'upgrade', on: '2026-05-01', configuration: { gpu: 1 } }, 'UNKNOWN_OPTION', 'event.configuration.gpu'],
    ['a negative quantity', { type: 'upgrade', on: '2026-05-01', configuration: { ram: -4 } }, 'INVALID_QUANTITY', 'event.configuration.ram'],
    ['a fractional quantity', { type: 'downgrade', on: '2026-05-01', configuration: { disk: 2.5 } }, 'INVALID_QUANTITY', 'event.configuration.disk'],
    ['an option of another plan', { type: 'upgrade', on: '2026-05-01', configuration: { backup: 10 } }, 'CONFIGURATION_MISMATCH', 'event.configuration.backup'],
    ['a configuration that is not a record', { type: 'upgrade', on: '2026-05-01', configuration: 8 as unknown as Record<string, number> }, 'CONFIGURATION_MISMATCH', 'event.configuration'],
    ['an unknown plan', { type: 'upgrade', on: '2026-05-01', planId: 'xl' }, 'UNKNOWN_PLAN', 'event.planId'],
    ['an unknown event type', { type: 'booking', on: '2026-05-01' } as unknown as ContractEvent, 'UNKNOWN_EVENT', 'event.type'],
    ['an unknown basis', { type: 'upgrade', on: '2026-05-01' }, 'INVALID_BASIS', 'options.basis', { basis: 'week' } as unknown as ChangeOptions],
  ];
  for (const [name, event, code, field, options] of cases) {
    it(`${name} is ${code}`, () => {
      // A server contract that ends 2027-01-01 (cancelled) and was last changed on 2026-04-01.
      const start = createContract(catalog, { planId: 'server', start: '2026-01-01' });
      const contract: Contract = accepted(applyEvent(start, { type: 'cancel', on: '2026-04-01' })).contract;
      const before = JSON.stringify(contract);
      expectCode(() => applyEvent(contract, event, options), code as never, field);
      expectCode(() => quoteChange(contract, event, options), code as never, field.replace(/^event/, 'change'));
      expect(JSON.stringify(contract)).toBe(before);
      expect(contract.versions).toHaveLength(1);
      expect(contract.asOf.toString()).toBe('2026-04-01');
    });
  }

  it('something that is not a contract is INVALID_CONTRACT', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    const copy = JSON.parse(JSON.stringify(contract)) as Contract;
    expectCode(() => applyEvent(copy, { type: 'cancel', on: '2026-05-01' }), 'INVALID_CONTRACT', 'contract');
  });

  it('an event that is not a record is UNKNOWN_EVENT', () => {
    const contract = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
    expectCode(() => applyEvent(contract, null as unknown as ContractEvent), 'UNKNOWN_EVENT', 'event.type');
  });
});

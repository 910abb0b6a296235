import { describe, expect, it } from 'vitest';
import { termAt } from '../../src/index.js';
import { accepted, applyOn, refused, subscriptionOn } from './fixtures.js';

describe('upgrades (R2, W1)', () => {
  it('credits a chained upgrade from the price in force, never from the last prorated charge', () => {
    const first = accepted(applyOn(subscriptionOn({ planId: 'basic', start: '2026-01-01' }), { type: 'upgrade', on: '2026-07-01', planId: 'pro' }));
    const second = accepted(applyOn(first.subscription, { type: 'upgrade', on: '2026-10-01', planId: 'premium' }));
    // 92 of 365 days left: Premium 300 € × 92/365 charged, Pro's 200 € × 92/365 credited.
    expect(second.lines.map((line) => line.cents)).toEqual([7562, -5041]);
    expect(second.lines[1]!.item.name).toBe('Pro');
    const paid = 10000 + [...first.lines, ...second.lines].reduce((sum, line) => sum + line.cents, 0);
    expect(paid).toBe(17562);
    expect(termAt(second.subscription.contract, '2026-12-31').term.end).toBe('2027-01-01');
  });

  it('a price per billing period is charged and credited for the rest of the current period', () => {
    const result = accepted(applyOn(subscriptionOn({ planId: 'server', start: '2026-01-01' }), { type: 'upgrade', on: '2026-03-10', configuration: { ram: 8 } }));
    // 22 of March's 31 days: 38 € × 22/31 charged, 26 € × 22/31 credited.
    expect(result.lines.map((line) => line.cents)).toEqual([2697, -1845]);
    expect(result.lines[0]!.range).toEqual({ start: '2026-03-10', end: '2026-04-01' });
    expect(result.lines[0]!.period).toEqual({ start: '2026-03-01', end: '2026-04-01' });
    expect(result.lines.map((line) => line.item.name)).toEqual(['Cloud Server (RAM 8 GB, vCPU 1, Disk 20 GB)', 'Cloud Server (RAM 2 GB, vCPU 1, Disk 20 GB)']);
    expect(result.subscription.contract.versions.at(-1)!.configuration).toEqual({ ram: 8, vcpu: 1, disk: 20 });
  });

  it('in the month a term ends, the rest of the month already invoiced is re-priced, renewal days included', () => {
    // Calendar months from 2026-01-15: January 2027 holds the first term's last days and the renewal's first.
    const result = accepted(applyOn(subscriptionOn({ planId: 'server', start: '2026-01-15' }), { type: 'upgrade', on: '2027-01-10', configuration: { ram: 8 } }));
    expect(result.lines[0]!.range).toEqual({ start: '2027-01-10', end: '2027-02-01' });
    expect(result.lines.map((line) => line.cents)).toEqual([2697, -1845]);
  });

  it('credits what was invoiced: a downgrade scheduled inside the month is credited at its own price', () => {
    // A downgrade to 2 GB scheduled for the renewal on 2027-01-15, then an upgrade on 2027-01-10 that replaces it.
    const down = accepted(applyOn(subscriptionOn({ planId: 'server', start: '2026-01-15', configuration: { ram: 4 } }), { type: 'downgrade', on: '2026-06-01', configuration: { ram: 2 } }));
    const up = accepted(applyOn(down.subscription, { type: 'upgrade', on: '2027-01-10', configuration: { ram: 8 } }));
    // Charged: 38 € × 22/31. Credited: 30 € × 5/31 (4 GB to the 14th) and 26 € × 17/31 (2 GB from the 15th).
    expect(up.lines.map((line) => [line.reason, line.range, line.cents])).toEqual([
      ['upgradeCharge', { start: '2027-01-10', end: '2027-02-01' }, 2697],
      ['upgradeCredit', { start: '2027-01-10', end: '2027-01-15' }, -484],
      ['upgradeCredit', { start: '2027-01-15', end: '2027-02-01' }, -1426],
    ]);
  });

  it('an upgrade in a renewal term is priced against that term', () => {
    const result = accepted(applyOn(subscriptionOn({ planId: 'basic', start: '2026-01-01' }), { type: 'upgrade', on: '2027-07-01', planId: 'pro' }));
    expect(result.lines[0]!.period).toEqual({ start: '2027-01-01', end: '2028-01-01' });
    expect(result.lines.map((line) => line.cents)).toEqual([10082, -5041]);
  });

  it('accepts the day as a PlainDate-like value, and gives the same as the ISO text', async () => {
    const { Temporal } = await import('@js-temporal/polyfill');
    const sub = subscriptionOn({ planId: 'basic', start: '2026-01-01' }, '2026-07-01');
    const direct = accepted(applyOn(sub, { type: 'upgrade', on: '2026-07-01', planId: 'pro' }));
    const plain = accepted(applyOn(sub, { type: 'upgrade', on: Temporal.PlainDate.from('2026-07-01'), planId: 'pro' }));
    expect(JSON.stringify(plain)).toBe(JSON.stringify(direct));
    expect(plain.event).toEqual({ type: 'upgrade', on: '2026-07-01', planId: 'pro' });
  });
});

describe('downgrades (R3)', () => {
  const pro = subscriptionOn({ planId: 'pro', start: '2026-01-01' });

  it('a downgrade mid-term is accepted and scheduled for the term end', () => {
    const result = accepted(applyOn(pro, { type: 'downgrade', on: '2026-05-01', planId: 'basic' }));
    expect([result.effectiveOn, result.lines]).toEqual(['2027-01-01', []]);
    const contract = result.subscription.contract;
    expect(termAt(contract, '2026-12-31').version.planId).toBe('pro');
    expect(termAt(contract, '2027-01-01').version).toMatchObject({ planId: 'basic', cause: 'downgrade', from: '2027-01-01' });
  });

  it('an upgrade before the term end replaces the scheduled downgrade; the same configuration nets to zero', () => {
    const down = accepted(applyOn(pro, { type: 'downgrade', on: '2026-05-01', planId: 'basic' }));
    const up = accepted(applyOn(down.subscription, { type: 'upgrade', on: '2026-06-01', planId: 'pro' }));
    expect(up.lines.reduce((sum, line) => sum + line.cents, 0)).toBe(0);
    expect(termAt(up.subscription.contract, '2027-01-01').version.planId).toBe('pro');
  });

  it('after the term end, the downgraded configuration is the one in force and credited', () => {
    const down = accepted(applyOn(pro, { type: 'downgrade', on: '2026-05-01', planId: 'basic' }));
    const up = accepted(applyOn(down.subscription, { type: 'upgrade', on: '2027-07-01', planId: 'pro' }));
    expect(up.lines[1]!.item.name).toBe('Basic');
    expect(up.lines[1]!.cents).toBe(-5041);
  });

  it('a dearer "downgrade" is an upgrade, possible at once', () => {
    const result = refused(applyOn(subscriptionOn({ planId: 'basic', start: '2026-01-01' }), { type: 'downgrade', on: '2026-05-01', planId: 'pro' }));
    expect([result.reason, result.allowedFrom]).toEqual(['NOT_A_DOWNGRADE', '2026-05-01']);
  });
});

describe('cancellation (R3, R25)', () => {
  const basic = subscriptionOn({ planId: 'basic', start: '2026-01-01' });

  it('before the notice deadline it takes effect at the term end', () => {
    const result = accepted(applyOn(basic, { type: 'cancel', on: '2026-09-30' }));
    expect(result.effectiveOn).toBe('2027-01-01');
    expect(result.subscription.contract.cancellation).toEqual({
      receivedOn: '2026-09-30', onTime: true, noticeDeadline: '2026-09-30', effectiveOn: '2027-01-01', lastDay: '2026-12-31',
    });
    expect(result.subscription.contract.end).toBe('2027-01-01');
  });

  it('after the deadline it takes effect at the end of the following term', () => {
    const result = accepted(applyOn(basic, { type: 'cancel', on: '2026-10-01' }));
    expect(result.subscription.contract.cancellation).toMatchObject({ onTime: false, effectiveOn: '2028-01-01', noticeDeadline: '2027-09-30' });
  });

  it('the notice deadline of a term comes from termAt', () => {
    expect(termAt(basic.contract, '2026-03-01').noticeDeadline).toBe('2026-09-30');
    expect(termAt(basic.contract, '2027-03-01')).toMatchObject({ index: 1, noticeDeadline: '2027-09-30', term: { start: '2027-01-01', end: '2028-01-01' } });
  });

  it('an open-ended consumer contract ends when the notice has run, after its first term (R25)', () => {
    const home = subscriptionOn({ planId: 'home', start: '2026-01-15' });
    expect(termAt(home.contract, '2026-06-01').noticeDeadline).toBe('2027-12-14');
    expect(accepted(applyOn(home, { type: 'cancel', on: '2027-12-14' })).effectiveOn).toBe('2028-01-15');
    const late = accepted(applyOn(home, { type: 'cancel', on: '2027-12-15' }));
    expect(late.subscription.contract.cancellation).toMatchObject({ onTime: false, effectiveOn: '2028-01-16' });
    const later = accepted(applyOn(home, { type: 'cancel', on: '2028-05-10' }));
    expect(later.subscription.contract.cancellation).toMatchObject({ onTime: true, lastDay: '2028-06-10', noticeDeadline: '2028-05-10' });
  });

  it('a contract without renewal ends with its term whenever it is cancelled', () => {
    const project = subscriptionOn({ planId: 'project', start: '2026-01-01' });
    expect(project.contract.end).toBe('2026-07-01');
    const result = accepted(applyOn(project, { type: 'cancel', on: '2026-06-30' }));
    expect([result.effectiveOn, result.subscription.contract.cancellation?.onTime]).toEqual(['2026-07-01', true]);
  });

  it('a cancellation to the term end drops a downgrade scheduled for then', () => {
    const down = accepted(applyOn(subscriptionOn({ planId: 'pro', start: '2026-01-01' }), { type: 'downgrade', on: '2026-05-01', planId: 'basic' }));
    const result = accepted(applyOn(down.subscription, { type: 'cancel', on: '2026-06-01' }));
    expect(result.subscription.contract.versions).toHaveLength(1);
  });

  it('after a cancellation: upgrades still work; a second cancellation and a downgrade are refused', () => {
    const cancelled = accepted(applyOn(basic, { type: 'cancel', on: '2026-05-01' })).subscription;
    const upgraded = accepted(applyOn(cancelled, { type: 'upgrade', on: '2026-06-01', planId: 'pro' }));
    expect(upgraded.lines.reduce((sum, line) => sum + line.cents, 0)).toBeGreaterThan(0);
    expect(upgraded.subscription.contract.end).toBe('2027-01-01');
    const again = refused(applyOn(cancelled, { type: 'cancel', on: '2026-06-01' }));
    expect([again.reason, again.allowedFrom, again.details.contractEnd]).toEqual(['ALREADY_CANCELLED', null, '2027-01-01']);
    const ends = refused(applyOn(cancelled, { type: 'downgrade', on: '2026-06-01', planId: 'basic' }));
    expect([ends.reason, ends.allowedFrom]).toEqual(['CONTRACT_ENDS_FIRST', null]);
  });
});

describe('refusals are typed values with the earliest day allowed (R4, R5)', () => {
  it('a switch to another family of plans needs sales', () => {
    const result = refused(applyOn(subscriptionOn({ planId: 'basic', start: '2026-01-01' }), { type: 'upgrade', on: '2026-05-01', planId: 'server' }));
    expect([result.reason, result.allowedFrom, result.details.targetPlanName]).toEqual(['INCOMPATIBLE_PLAN', null, 'Cloud Server']);
  });

  it('closing the business gives no right to end the contract early (R5)', () => {
    const result = refused(applyOn(subscriptionOn({ planId: 'basic', start: '2026-01-01' }), { type: 'terminateEarly', on: '2026-08-01', ground: 'businessClosure' }));
    expect([result.reason, result.allowedFrom, result.details.ground]).toEqual(['NO_SPECIAL_TERMINATION_RIGHT', '2027-01-01', 'businessClosure']);
  });
});

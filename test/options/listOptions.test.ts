/**
 * The option overview: every booking with its status on a day.
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { bookOption, cancelOption, createOptionAccount, createOptionTariff, listOptions, switchOption, toCents } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const packageTariff = createOptionTariff({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'days', days: 28, anchor: '2026-02-21' } });

describe('listOptions', () => {
  it('walks a package pre-booking through pre-booked, active, ending scheduled and ended', () => {
    const account = booked(bookOption(createOptionAccount(packageTariff), { optionId: 'sms', at: '2026-03-10T12:00+01:00', quantity: 2 })).account;
    const [row] = listOptions(account, '2026-03-15');
    expect(row).toMatchObject({ bookingId: 'sms#1', optionId: 'sms', name: 'SMS Flat', quantity: 2 });
    expect(row?.bookedOn.toString()).toBe('2026-03-10');
    expect(toCents(row!.unitPrice)).toBe(300);
    expect(row?.status).toEqual({ kind: 'prebooked', activeFrom: Temporal.PlainDate.from('2026-03-21') });
    const active = listOptions(account, '2026-03-21')[0]?.status;
    expect(active?.kind === 'active' && String(active.period)).toBe('[2026-03-21, 2026-04-18)');
    const switched = okOf(switchOption(account, { bookingId: 'sms#1', toOptionId: 'data', at: '2026-04-01T12:00+02:00' })).account;
    const rows = listOptions(switched, '2026-04-10');
    expect(rows.map((r) => r.status.kind)).toEqual(['endingScheduled', 'prebooked']);
    expect(listOptions(switched, '2026-04-18').map((r) => r.status.kind)).toEqual(['ended', 'active']);
  });

  it('shows only the part of the first postpaid month that the option was active in its period', () => {
    const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS });
    const account = booked(bookOption(createOptionAccount(postpaid), { optionId: 'data', at: '2026-03-19T09:00+01:00' })).account;
    const status = listOptions(account, '2026-03-20')[0]?.status;
    expect(status?.kind === 'active' && String(status.period)).toBe('[2026-03-19, 2026-04-01)');
    const cancelled = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-20T09:00+01:00' })).account;
    const ending = listOptions(cancelled, '2026-03-20')[0]?.status;
    expect(ending?.kind === 'endingScheduled' && ending.lastDay.toString()).toBe('2026-03-31');
  });

  it('rejects an invalid day with INVALID_DATE naming on', () => {
    expectTarifkitError(() => listOptions(createOptionAccount(packageTariff), '2026-02-30'), 'INVALID_DATE', 'on');
  });
});

/**
 * The option lines of a billing range: what a collective invoice carries for the options
 * (R8–R11, R22, R24).
 */
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  explainLine,
  optionLinesFor,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked } from './helpers.js';

const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] });
const lte = booked(bookOption(createOptionAccount(postpaid), { optionId: 'lte50', at: '2026-03-19T09:00+01:00' })).account;

describe('optionLinesFor', () => {
  it('explains the postpaid pro rata line and the renewal in German and English (R24)', () => {
    const [prorata, april] = optionLinesFor(lte, createPeriod('2026-03-01', '2026-05-01'));
    expect(explainLine(prorata!, 'de')).toBe('Anteilig LTE 50, 19.03.2026–31.03.2026, 13/31 Tage: 2,10 €');
    expect(explainLine(prorata!, 'en')).toBe('Pro rata LTE 50, 2026-03-19–2026-03-31, 13/31 days: €2.10');
    expect(explainLine(april!, 'de')).toBe('Grundgebühr LTE 50, 01.04.2026–30.04.2026, 30/30 Tage: 5,00 €');
    expect(april?.unitPrice).toBeDefined();
    expect(april?.currency.code).toBe('EUR');
    expect(april?.vatRate).toBe(19);
    expect(april?.kind).toBe('charge');
  });

  it('gives each charge to the range its days start in: ranges that tile time give every charge once', () => {
    const march = optionLinesFor(lte, createPeriod('2026-03-01', '2026-04-01'));
    const april = optionLinesFor(lte, createPeriod('2026-04-01', '2026-05-01'));
    expect(march.map((l) => l.cents)).toEqual([210]);
    expect(april.map((l) => l.cents)).toEqual([500]);
    // A range that starts after the activation day but inside March gets nothing of March.
    expect(optionLinesFor(lte, createPeriod('2026-03-20', '2026-04-01'))).toEqual([]);
    // A range before the booking is empty.
    expect(optionLinesFor(lte, createPeriod('2026-01-01', '2026-03-19'))).toEqual([]);
  });

  it('is empty for an account without bookings and for an empty range', () => {
    expect(optionLinesFor(createOptionAccount(postpaid), createPeriod('2026-01-01', '2027-01-01'))).toEqual([]);
    expect(optionLinesFor(lte, createPeriod('2026-04-01', '2026-04-01', { allowEmpty: true }))).toEqual([]);
  });

  it('keeps lines in booking order, then by period', () => {
    const tariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
    let account = booked(bookOption(createOptionAccount(tariff), { optionId: 'data', at: '2026-03-10T10:00+01:00' })).account;
    account = booked(bookOption(account, { optionId: 'sms', at: '2026-03-05T10:00+01:00' })).account;
    expect(optionLinesFor(account, createPeriod('2026-03-01', '2026-04-10')).map((l) => `${l.item.id} ${l.range?.start.toString()}`))
      .toEqual(['data 2026-03-10', 'data 2026-04-07', 'sms 2026-03-05', 'sms 2026-04-02']);
  });

  it('rejects a range that is no period with INVALID_DATE', () => {
    expectTarifkitError(() => optionLinesFor(lte, { start: '2026-03-01', end: '2026-04-01' } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, null as never), 'INVALID_DATE', 'range');
    // Each of the two days must be there, a number, and a whole one.
    expectTarifkitError(() => optionLinesFor(lte, { startDay: 20_513 } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, { endDay: 20_544 } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, { startDay: '20513', endDay: 20_544 } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, { startDay: 20_513, endDay: '20544' } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, { startDay: 20_513.5, endDay: 20_544 } as never), 'INVALID_DATE', 'range');
    expectTarifkitError(() => optionLinesFor(lte, { startDay: 20_513, endDay: 20_544.5 } as never), 'INVALID_DATE', 'range');
  });
});

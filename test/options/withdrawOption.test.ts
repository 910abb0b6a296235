/**
 * Withdrawing an option within 14 days (R13): it ends at once and nothing is charged;
 * what was invoiced is reversed exactly; after the window a refusal with the window's end.
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  cancelOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  explainLine,
  listOptions,
  optionLinesFor,
  withdrawOption,
} from '../../src/index.js';
import { deepFreeze, expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const optionTariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
const postpaid = createOptionTariff({ kind: 'postpaidMonth', options: OPTIONS });
const everything = createPeriod('2026-01-01', '2027-01-01');

// Booked Saturday 2026-03-07: day 14 is Saturday 2026-03-21, so the window runs to Monday 2026-03-23 (§193 BGB).
const dataAccount = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'data', at: '2026-03-07T15:00+01:00' })).account;

describe('withdrawOption (R13)', () => {
  it('within the window: ends at once, and the option leaves every pending range', () => {
    expect(optionLinesFor(dataAccount, everything).length).toBeGreaterThan(0);
    const result = okOf(withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-10T09:00+01:00' }));
    expect(result.booking.ending).toMatchObject({ kind: 'withdrawn' });
    expect(result.credits).toEqual([]);
    expect(result.window.last.toString()).toBe('2026-03-23');
    expect(result.window.start.toString()).toBe('2026-03-08'); // the 14 days count from the day after the booking (§187 BGB)
    expect(optionLinesFor(result.account, everything)).toEqual([]);
    expect(listOptions(result.account, '2026-03-10')[0]?.status).toEqual({ kind: 'withdrawn', withdrawnOn: Temporal.PlainDate.from('2026-03-10') });
  });

  it('on the shifted last day (Monday after a Saturday 14th day) it is still in time', () => {
    expect(withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-23T23:59+01:00' }).ok).toBe(true);
  });

  it('after the window: a refusal giving the window\'s end, as a value', () => {
    const late = withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-24T00:00+01:00' });
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.reason).toBe('WITHDRAWAL_WINDOW_CLOSED');
      expect(late.windowEnd.toString()).toBe('2026-03-23');
      expect(late.allowedFrom).toBeNull();
    }
  });

  it('reads the day in the customer\'s zone: 23:30 UTC on the 23rd is already the 24th in Berlin', () => {
    expect(withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-23T22:59Z' }).ok).toBe(true);
    expect(withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-23T23:30Z' }).ok).toBe(false);
  });

  it('respects a holiday calendar: booked 2026-03-20, Good Friday and Easter Monday move the end to 2026-04-07', () => {
    const account = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-20T10:00+01:00' })).account;
    const holidays = ['2026-04-03', '2026-04-06'];
    expect(withdrawOption(account, { bookingId: 'sms#1', at: '2026-04-07T12:00+02:00' }, { holidays }).ok).toBe(true);
    expect(withdrawOption(account, { bookingId: 'sms#1', at: '2026-04-07T12:00+02:00' }).ok).toBe(false);
  });

  it('already invoiced: a credit note reverses each invoiced line exactly', () => {
    const account = booked(bookOption(createOptionAccount(postpaid), { optionId: 'data', at: '2026-03-25T10:00+01:00' })).account;
    const invoiced = optionLinesFor(account, createPeriod('2026-03-01', '2026-04-01')); // the March invoice
    expect(invoiced.map((l) => l.cents)).toEqual([180]); // 799 × 7/31 = 180.42 (25th–31st)
    const result = okOf(withdrawOption(account, { bookingId: 'data#1', at: '2026-04-02T10:00+02:00' }, { invoiced }));
    expect(result.credits).toHaveLength(1);
    const [credit] = result.credits;
    expect(credit?.kind).toBe('credit');
    expect(credit?.reason).toBe('withdrawalCredit');
    expect(credit?.cents).toBe(-180);
    expect(credit?.exact).toEqual({ numerator: -5593, denominator: 31 });
    expect(String(credit?.range)).toBe('[2026-03-25, 2026-04-01)');
    expect(explainLine(credit!, 'de')).toBe('Gutschrift Widerruf Daten 3 GB, 25.03.2026–31.03.2026, 7/31 Tage: −1,80 €');
    expect(explainLine(credit!, 'en')).toBe('Credit note for withdrawal Daten 3 GB, 2026-03-25–2026-03-31, 7/31 days: −€1.80');
    // April's charge was never invoiced: it leaves the pending invoice.
    expect(optionLinesFor(result.account, createPeriod('2026-04-01', '2026-05-01'))).toEqual([]);
  });

  it('reverses only the withdrawn booking\'s invoiced lines, not other options\' or later bookings\'', () => {
    let account = booked(bookOption(createOptionAccount(optionTariff), { optionId: 'sms', at: '2026-03-02T10:00+01:00' })).account;
    account = booked(bookOption(account, { optionId: 'data', at: '2026-03-03T10:00+01:00' })).account;
    const invoiced = optionLinesFor(account, createPeriod('2026-03-01', '2026-04-01'));
    expect(invoiced.map((l) => l.item.id)).toEqual(['sms', 'sms', 'data', 'data']);
    const result = okOf(withdrawOption(account, { bookingId: 'data#2', at: '2026-03-04T10:00+01:00' }, { invoiced }));
    expect(result.credits.map((c) => [c.item.id, String(c.range), c.cents])).toEqual([
      ['data', '[2026-03-03, 2026-03-31)', -799],
      ['data', '[2026-03-31, 2026-04-28)', -799],
    ]);
  });

  it('leaves alone the invoiced lines of a later booking of the same option', () => {
    const weekly = createOptionTariff({ kind: 'optionTariff', options: OPTIONS, cycleDays: 7 });
    let account = booked(bookOption(createOptionAccount(weekly), { optionId: 'sms', at: '2026-03-02T10:00+01:00' })).account;
    account = okOf(cancelOption(account, { bookingId: 'sms#1', at: '2026-03-02T11:00+01:00' })).account; // ends 2026-03-09
    account = booked(bookOption(account, { optionId: 'sms', at: '2026-03-10T10:00+01:00' })).account;
    const invoiced = optionLinesFor(account, createPeriod('2026-03-01', '2026-03-20'));
    expect(invoiced.map((l) => String(l.range))).toEqual(['[2026-03-02, 2026-03-09)', '[2026-03-10, 2026-03-17)', '[2026-03-17, 2026-03-24)']);
    const result = okOf(withdrawOption(account, { bookingId: 'sms#1', at: '2026-03-12T10:00+01:00' }, { invoiced }));
    expect(result.credits.map((c) => [String(c.range), c.cents])).toEqual([['[2026-03-02, 2026-03-09)', -300]]);
    expect(optionLinesFor(result.account, createPeriod('2026-03-01', '2026-03-20')).map((l) => String(l.range)))
      .toEqual(['[2026-03-10, 2026-03-17)', '[2026-03-17, 2026-03-24)']);
  });

  it('credits only charge lines with days of this booking: not credits, one-off lines, an earlier booking\'s or one from its end on', () => {
    const weekly = createOptionTariff({ kind: 'optionTariff', options: OPTIONS, cycleDays: 7 });
    let account = booked(bookOption(createOptionAccount(weekly), { optionId: 'sms', at: '2026-03-02T10:00+01:00' })).account;
    account = okOf(cancelOption(account, { bookingId: 'sms#1', at: '2026-03-02T11:00+01:00' })).account; // ends 2026-03-09
    // Booked again on the day the first one ends: its first line starts on that end day.
    account = booked(bookOption(account, { optionId: 'sms', at: '2026-03-09T10:00+01:00' })).account;
    const charges = optionLinesFor(account, createPeriod('2026-03-01', '2026-03-16'));
    expect(charges.map((l) => String(l.range))).toEqual(['[2026-03-02, 2026-03-09)', '[2026-03-09, 2026-03-16)']);
    const first = charges[0]!;
    const oneOff = { ...first, kind: first.kind, item: first.item, range: null } as typeof first;
    const credit = okOf(withdrawOption(account, { bookingId: 'sms#1', at: '2026-03-03T10:00+01:00' }, { invoiced: charges })).credits[0]!;
    const invoiced = [...charges, credit, oneOff];
    // The first booking: only its own week, not the second booking's line that starts on its end day.
    expect(okOf(withdrawOption(account, { bookingId: 'sms#1', at: '2026-03-04T10:00+01:00' }, { invoiced })).credits
      .map((c) => [String(c.range), c.cents])).toEqual([['[2026-03-02, 2026-03-09)', -300]]);
    // The second booking: only its own week, not the first booking's, not the credit note, not the one-off line.
    expect(okOf(withdrawOption(account, { bookingId: 'sms#2', at: '2026-03-10T10:00+01:00' }, { invoiced })).credits
      .map((c) => [String(c.range), c.cents])).toEqual([['[2026-03-09, 2026-03-16)', -300]]);
  });

  it('rejects invoiced lines that are not a list with INVALID_CATALOG naming options.invoiced', () => {
    expectTarifkitError(() => withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-10T09:00Z' }, { invoiced: 'none' as never }),
      'INVALID_CATALOG', 'options.invoiced');
  });

  it('a cancelled booking can still be withdrawn in its window', () => {
    const cancelled = okOf(cancelOption(dataAccount, { bookingId: 'data#1', at: '2026-03-08T10:00+01:00' })).account;
    const result = okOf(withdrawOption(cancelled, { bookingId: 'data#1', at: '2026-03-09T10:00+01:00' }));
    expect(optionLinesFor(result.account, everything)).toEqual([]);
  });

  it('rejects bad input with typed errors; nothing changes', () => {
    const before = JSON.stringify(dataAccount);
    expectTarifkitError(() => withdrawOption(dataAccount, { bookingId: 'sms#1', at: '2026-03-10T09:00Z' }), 'NOT_BOOKED', 'request.bookingId');
    expectTarifkitError(() => withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-10' }), 'INVALID_INSTANT', 'request.at');
    expectTarifkitError(() => withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-07T13:00Z' }), 'END_BEFORE_START', 'request.at');
    expectTarifkitError(() => withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-10T09:00Z' }, { holidays: ['Ostern'] }), 'INVALID_HOLIDAYS', 'options.holidays[0]');
    const withdrawn = okOf(withdrawOption(dataAccount, { bookingId: 'data#1', at: '2026-03-10T09:00Z' })).account;
    expectTarifkitError(() => withdrawOption(withdrawn, { bookingId: 'data#1', at: '2026-03-11T09:00Z' }), 'ALREADY_ENDED', 'request.bookingId');
    expect(JSON.stringify(dataAccount)).toBe(before);
  });

  it('does not mutate the account, the request or the invoiced lines', () => {
    const account = deepFreeze(booked(bookOption(createOptionAccount(postpaid), { optionId: 'data', at: '2026-03-25T10:00+01:00' })).account);
    const invoiced = optionLinesFor(account, createPeriod('2026-03-01', '2026-04-01'));
    const snapshot = [JSON.stringify(account), JSON.stringify(invoiced)];
    okOf(withdrawOption(account, deepFreeze({ bookingId: 'data#1', at: '2026-04-02T10:00+02:00' }), { invoiced }));
    expect([JSON.stringify(account), JSON.stringify(invoiced)]).toEqual(snapshot);
  });
});

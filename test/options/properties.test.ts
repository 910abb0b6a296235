/**
 * Properties of option accounts (R8–R13), each over at least 1000 generated cases.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  cancelOption,
  createOptionAccount,
  createOptionTariff,
  createPeriod,
  isTarifkitError,
  optionLinesFor,
  switchOption,
  withdrawalWindow,
  withdrawOption,
  type Line,
  type OptionAccount,
} from '../../src/index.js';
import { deepFreeze, RUNS } from '../arbitraries/core.js';
import { berlinAt, OPTIONS, scenarioStepsArb, tariffSpecArb } from '../arbitraries/options.js';

const HORIZON_START = Temporal.PlainDate.from('2026-01-01');
const HORIZON_END = Temporal.PlainDate.from('2027-07-01');
const optionIdArb = fc.constantFrom(...OPTIONS.map((o) => o.id));

function sum(lines: readonly Line[]): number {
  let total = 0;
  for (const line of lines) total += line.cents;
  return total;
}

/** Runs `fn`, treating a TarifkitError as "this step does not apply". */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (isTarifkitError(error)) return undefined;
    throw error;
  }
}

describe('option account properties', () => {
  it('property: an option\'s charged days tile time from its activation: no gap, no overlap, each inside one period, whatever the billing ranges', () => {
    fc.assert(fc.property(
      tariffSpecArb,
      optionIdArb,
      fc.integer({ min: 24, max: 24 * 200 }),
      fc.integer({ min: 0, max: 24 * 60 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 545 }), { maxLength: 12 }),
      (spec, optionId, hours, activationMinutes, cuts) => {
        const tariff = createOptionTariff(spec);
        const result = bookOption(createOptionAccount(tariff), {
          optionId,
          at: berlinAt(hours),
          activatedAt: berlinAt(hours, activationMinutes),
        });
        if (!result.ok) throw new Error('a first booking is never refused');
        const bounds = [0, ...cuts.sort((a, b) => a - b), HORIZON_START.until(HORIZON_END).days]
          .map((d) => HORIZON_START.add({ days: d }));
        const pieces: Line[] = [];
        for (let i = 1; i < bounds.length; i += 1) {
          pieces.push(...optionLinesFor(result.account, createPeriod(bounds[i - 1]!, bounds[i]!)));
        }
        const whole = optionLinesFor(result.account, createPeriod(HORIZON_START, HORIZON_END));
        expect(pieces.map((l) => `${String(l.range)} ${l.cents}`)).toEqual(whole.map((l) => `${String(l.range)} ${l.cents}`));
        expect(whole.length).toBeGreaterThan(0);
        expect(whole[0]!.range!.start.equals(result.activeFrom)).toBe(true);
        const option = tariff.options.find((o) => o.id === optionId)!;
        for (let i = 0; i < whole.length; i += 1) {
          const line = whole[i]!;
          const range = line.range!;
          const period = line.period!;
          if (i > 0) expect(range.startDay).toBe(whole[i - 1]!.range!.endDay);
          expect(range.startDay).toBeGreaterThanOrEqual(period.startDay);
          expect(range.endDay).toBe(period.endDay);
          if (range.startDay === period.startDay) {
            expect(line.reason).toBe('periodCharge');
            expect(line.cents).toBe(option.unitCents);
          } else {
            expect(line.reason).toBe('prorataCharge');
            expect(line.cents).toBeLessThanOrEqual(option.unitCents);
          }
          if (tariff.kind === 'optionTariff') expect(period.days).toBe(option.cycleDays);
        }
        expect(whole[whole.length - 1]!.range!.endDay).toBeGreaterThanOrEqual(createPeriod(HORIZON_END, HORIZON_END, { allowEmpty: true }).startDay);
      },
    ), RUNS);
  }, 120_000);

  it('property: a withdrawn option is billed zero in total, whatever was invoiced, cancelled or switched in between', () => {
    fc.assert(fc.property(
      tariffSpecArb,
      optionIdArb,
      fc.integer({ min: 0, max: 24 * 300 }),
      scenarioStepsArb,
      fc.integer({ min: 0, max: 24 * 20 }),
      (spec, optionId, hours, steps, withdrawAfterHours) => {
        const tariff = createOptionTariff(spec);
        const first = bookOption(createOptionAccount(tariff), { optionId, at: berlinAt(hours) });
        if (!first.ok) throw new Error('a first booking is never refused');
        let account: OptionAccount = first.account;
        const bookingId = first.booking.id;
        let invoicedThrough = HORIZON_START;
        const invoiced: Line[] = [];
        // In time order, all before the withdrawal: a close invoices everything whose days started before its day.
        const ordered = steps.map((st) => ({ ...st, hours: Math.min(st.hours, withdrawAfterHours) })).sort((a, b) => a.hours - b.hours);
        for (const step of ordered) {
          const at = berlinAt(hours + step.hours);
          if (step.kind === 'close') {
            const to = Temporal.Instant.from(at).toZonedDateTimeISO(tariff.timeZone).toPlainDate();
            if (Temporal.PlainDate.compare(to, invoicedThrough) > 0) {
              invoiced.push(...optionLinesFor(account, createPeriod(invoicedThrough, to)));
              invoicedThrough = to;
            }
          } else if (step.kind === 'cancel') {
            const r = attempt(() => cancelOption(account, { bookingId, at }));
            if (r?.ok) account = r.account;
          } else {
            const to = OPTIONS.find((o) => o.id !== optionId)!.id;
            const r = attempt(() => switchOption(account, { bookingId, toOptionId: to, at }));
            if (r?.ok) account = r.account;
          }
        }
        const mine = (lines: readonly Line[]): Line[] => lines.filter((l) => l.item.id === optionId);
        const at = berlinAt(hours + withdrawAfterHours);
        const booking = account.bookings.find((b) => b.id === bookingId)!;
        if (booking.ending?.kind === 'dropped') {
          expect(attempt(() => withdrawOption(account, { bookingId, at }))).toBeUndefined();
          expect(sum(mine(invoiced))).toBe(0);
          return;
        }
        const result = withdrawOption(account, { bookingId, at }, { invoiced });
        if (!result.ok) {
          const requestDay = Temporal.Instant.from(at).toZonedDateTimeISO(tariff.timeZone).toPlainDate();
          expect(Temporal.PlainDate.compare(requestDay, result.windowEnd)).toBeGreaterThan(0);
          expect(result.windowEnd.equals(withdrawalWindow(Temporal.Instant.from(first.booking.bookedAt).toZonedDateTimeISO(tariff.timeZone).toPlainDate()).last)).toBe(true);
          return;
        }
        const pending = mine(optionLinesFor(result.account, createPeriod(invoicedThrough, HORIZON_END)));
        expect(sum(mine(invoiced)) + sum(result.credits) + sum(pending)).toBe(0);
        expect(pending).toEqual([]);
        expect(mine(optionLinesFor(result.account, createPeriod(HORIZON_START, HORIZON_END)))).toEqual([]);
        for (const credit of result.credits) expect(credit.reason).toBe('withdrawalCredit');
      },
    ), RUNS);
  }, 120_000);

  it('property: operations do not mutate their inputs (account, request, invoiced lines)', () => {
    fc.assert(fc.property(
      tariffSpecArb,
      optionIdArb,
      fc.integer({ min: 0, max: 24 * 300 }),
      fc.array(fc.record({ op: fc.constantFrom('book', 'cancel', 'switch', 'withdraw', 'lines'), hours: fc.integer({ min: 0, max: 24 * 60 }), optionId: optionIdArb }), { maxLength: 8 }),
      (spec, optionId, hours, ops) => {
        const tariff = createOptionTariff(spec);
        const first = bookOption(createOptionAccount(tariff), { optionId, at: berlinAt(hours) });
        if (!first.ok) throw new Error('a first booking is never refused');
        let account = deepFreeze(first.account);
        for (const { op, hours: later, optionId: other } of ops) {
          const at = berlinAt(hours + later);
          const bookingId = account.bookings[account.bookings.length - 1]!.id;
          const before = JSON.stringify(account);
          const invoiced = deepFreeze(optionLinesFor(account, createPeriod(HORIZON_START, '2026-12-01')));
          const invoicedBefore = JSON.stringify(invoiced);
          const request = deepFreeze({ bookingId, optionId: other, toOptionId: other, at });
          const result = attempt(() => {
            switch (op) {
              case 'book': return bookOption(account, request);
              case 'cancel': return cancelOption(account, request);
              case 'switch': return switchOption(account, request);
              case 'withdraw': return withdrawOption(account, request, { invoiced });
              default: optionLinesFor(account, createPeriod(HORIZON_START, HORIZON_END)); return undefined;
            }
          });
          expect(JSON.stringify(account)).toBe(before);
          expect(JSON.stringify(invoiced)).toBe(invoicedBefore);
          expect(request).toEqual({ bookingId, optionId: other, toOptionId: other, at });
          if (result?.ok === true && 'account' in result) account = deepFreeze(result.account);
        }
      },
    ), RUNS);
  }, 120_000);
});

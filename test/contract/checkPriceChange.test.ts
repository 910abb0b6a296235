/**
 * TKG §57 (2) price changes (R32): notified one to two months ahead; a special
 * termination right for three months from the notification, ending the
 * contract at the earliest when the change takes effect.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPriceChange, explainPriceChange, explainRefusal, germanHolidays, type PriceChangeAccepted } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';

function accepted(notifiedOn: string, effectiveOn: string): PriceChangeAccepted {
  const result = checkPriceChange({ notifiedOn, effectiveOn });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('checkPriceChange (TKG §57 (2))', () => {
  it('notified 2026-09-15 for 2026-11-01: terminate until 2026-12-15, the contract ending at the earliest on 2026-11-01', () => {
    expect(checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' })).toEqual({
      ok: true, notifiedOn: '2026-09-15', effectiveOn: '2026-11-01', lastTerminationDay: '2026-12-15', earliestEnd: '2026-11-01',
    });
  });

  it('refuses 2026-10-15 for 2026-11-01 as less than a month ahead, allowed from 2026-11-15', () => {
    expect(checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' })).toEqual({
      ok: false, reason: 'PRICE_CHANGE_NOTICE_TOO_SHORT', allowedFrom: '2026-11-15', details: { notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' },
    });
    // The edges: exactly one month ahead is in time, and so is exactly two months.
    expect(accepted('2026-10-15', '2026-11-15').lastTerminationDay).toBe('2027-01-15');
    expect(accepted('2026-10-15', '2026-12-15').earliestEnd).toBe('2026-12-15');
    // The same day is no notice at all: refused, not an error.
    expect(checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-10-15' })).toMatchObject({ ok: false, reason: 'PRICE_CHANGE_NOTICE_TOO_SHORT', allowedFrom: '2026-11-15' });
  });

  it('refuses a change notified more than two months ahead, with no day to allow it and the first day a new notification may be sent', () => {
    expect(checkPriceChange({ notifiedOn: '2026-08-15', effectiveOn: '2026-11-01' })).toEqual({
      ok: false, reason: 'PRICE_CHANGE_NOTIFIED_TOO_EARLY', allowedFrom: null, details: { notifiedOn: '2026-08-15', effectiveOn: '2026-11-01', notifyFrom: '2026-09-01' },
    });
    expect(checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-12-16' })).toMatchObject({ ok: false, details: { notifyFrom: '2026-10-16' } });
    // Months clamp: 2026-12-31 + 2 months is 2027-02-28, so a change from 2027-02-28 may be notified from 2026-12-28 on.
    expect(checkPriceChange({ notifiedOn: '2026-12-27', effectiveOn: '2027-02-28' })).toMatchObject({ ok: false, details: { notifyFrom: '2026-12-28' } });
    expect(accepted('2026-12-28', '2027-02-28').ok).toBe(true);
  });

  it('counts months as §188 BGB does: notified 2026-01-31, a month ahead is 2026-02-28; three months end on 2026-04-30', () => {
    expect(checkPriceChange({ notifiedOn: '2026-01-31', effectiveOn: '2026-02-27' })).toMatchObject({ ok: false, allowedFrom: '2026-02-28' });
    expect(accepted('2026-01-31', '2026-02-28').lastTerminationDay).toBe('2026-04-30');
  });

  it('moves the window\'s last day past a weekend or a holiday (§193 BGB)', () => {
    // 2026-12-19 is a Saturday: the window runs to Monday 2026-12-21.
    expect(accepted('2026-09-19', '2026-11-01').lastTerminationDay).toBe('2026-12-21');
    // 2026-12-25 and 26 are holidays when the caller lists them: Friday the 25th moves past the weekend and the 26th to the 28th.
    expect(checkPriceChange({ notifiedOn: '2026-09-25', effectiveOn: '2026-11-01' }, { holidays: ['2026-12-25', '2026-12-26'] })).toMatchObject({ lastTerminationDay: '2026-12-28' });
    expect(checkPriceChange({ notifiedOn: '2026-09-24', effectiveOn: '2026-11-01' }, { holidays: ['2026-12-25'] })).toMatchObject({ lastTerminationDay: '2026-12-24' });
  });

  it('takes PlainDates as well as ISO text', () => {
    expect(checkPriceChange({ notifiedOn: Temporal.PlainDate.from('2026-09-15'), effectiveOn: Temporal.PlainDate.from('2026-11-01') })).toEqual(accepted('2026-09-15', '2026-11-01'));
  });

  it('throws END_BEFORE_START naming change.effectiveOn for a change effective before its notification', () => {
    expectTarifkitError(() => checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-10-14' }), 'END_BEFORE_START', 'change.effectiveOn');
  });

  it('throws typed errors naming the field for bad input', () => {
    expectTarifkitError(() => checkPriceChange(null as never), 'INVALID_ARGUMENT', 'change');
    expectTarifkitError(() => checkPriceChange({ notifiedOn: '15.09.2026', effectiveOn: '2026-11-01' }), 'INVALID_DATE', 'change.notifiedOn');
    expectTarifkitError(() => checkPriceChange({ notifiedOn: '2026-09-15' } as never), 'INVALID_DATE', 'change.effectiveOn');
    expectTarifkitError(() => checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' }, { holidays: 'none' as never }), 'INVALID_HOLIDAYS', 'options.holidays');
    expectTarifkitError(() => checkPriceChange({ notifiedOn: '2026-09-15', effectiveOn: '2026-11-01' }, 3 as never), 'INVALID_ARGUMENT', 'options');
  });

  it('property: the termination window always ends three months from the notification, moved past weekends and nationwide holidays', () => {
    fc.assert(fc.property(isoDateArb(1950, 2150), fc.integer({ min: 0, max: 40 }), (iso, extra) => {
      const notified = Temporal.PlainDate.from(iso);
      const first = notified.add({ months: 1 });
      const last = notified.add({ months: 2 });
      const effective = first.add({ days: Math.min(extra, first.until(last).days) });
      const result = checkPriceChange({ notifiedOn: iso, effectiveOn: effective.toString() });
      if (!result.ok) return false;
      let day = notified.add({ months: 3 });
      const holidays = new Set([day.year, day.year + 1].filter((y) => y >= 1995).flatMap((y) => germanHolidays(y).map((h) => h.date)));
      while (day.dayOfWeek >= 6 || holidays.has(day.toString())) day = day.add({ days: 1 });
      return result.lastTerminationDay === day.toString() && result.earliestEnd === effective.toString();
    }), RUNS);
  });

  it('property: a change is accepted exactly when it takes effect one to two months after the notification; a short one is allowed from one month on', () => {
    fc.assert(fc.property(isoDateArb(1950, 2150), fc.integer({ min: 0, max: 120 }), (iso, days) => {
      const notified = Temporal.PlainDate.from(iso);
      const effective = notified.add({ days });
      const result = checkPriceChange({ notifiedOn: iso, effectiveOn: effective.toString() });
      const inTime = Temporal.PlainDate.compare(effective, notified.add({ months: 1 })) >= 0 && Temporal.PlainDate.compare(effective, notified.add({ months: 2 })) <= 0;
      if (result.ok) return inTime;
      if (result.reason === 'PRICE_CHANGE_NOTICE_TOO_SHORT') return !inTime && result.allowedFrom === notified.add({ months: 1 }).toString();
      // Too early: a notification on notifyFrom is in time for the same day, and one a day before is not.
      const from = Temporal.PlainDate.from(result.details.notifyFrom as string);
      return !inTime && result.allowedFrom === null
        && checkPriceChange({ notifiedOn: from.toString(), effectiveOn: effective.toString() }).ok
        && !checkPriceChange({ notifiedOn: from.subtract({ days: 1 }).toString(), effectiveOn: effective.toString() }).ok;
    }), RUNS);
  });
});

describe('explainPriceChange (R24, R32)', () => {
  it('words the special termination right in German and English', () => {
    const change = accepted('2026-09-15', '2026-11-01');
    expect(explainPriceChange(change, 'de')).toBe('Preisänderung ab 01.11.2026, mitgeteilt am 15.09.2026: Sie können den Vertrag bis zum 15.12.2026 ohne Kosten kündigen (§ 57 Abs. 2 TKG), frühestens zum Wirksamwerden der Änderung am 01.11.2026 (letzter Vertragstag 31.10.2026).');
    expect(explainPriceChange(change, 'en')).toBe('Price change from 2026-11-01, notified on 2026-09-15: you may terminate the contract free of charge until 2026-12-15 (TKG §57 (2)), at the earliest when the change takes effect on 2026-11-01 (last day of the contract 2026-10-31).');
    expect(explainPriceChange(JSON.parse(JSON.stringify(change)) as PriceChangeAccepted, 'en')).toBe(explainPriceChange(change, 'en'));
  });

  it('leaves a refused change to explainRefusal, and refuses anything else (INVALID_ARGUMENT naming change)', () => {
    const late = checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' });
    expectTarifkitError(() => explainPriceChange(late as never, 'de'), 'INVALID_ARGUMENT', 'change');
    if (!late.ok) expect(explainRefusal(late, 'en')).toBe('The price change from 2026-11-01 was notified on 2026-10-15, less than one month ahead (TKG §57 (2)). Possible from 2026-11-15.');
    expectTarifkitError(() => explainPriceChange(null as never, 'de'), 'INVALID_ARGUMENT', 'change');
    expectTarifkitError(() => explainPriceChange(accepted('2026-09-15', '2026-11-01'), 'fr' as never), 'INVALID_LOCALE', 'locale');
    expectTarifkitError(() => explainPriceChange({ ...accepted('2026-09-15', '2026-11-01'), effectiveOn: 'soon' }, 'de'), 'INVALID_DATE');
  });
});

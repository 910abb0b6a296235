/**
 * Where a cancellation or switch lands (R12): at the current period's end when on time,
 * a period later when not.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancellationDeadline, createCycle, createPeriod, effectiveEndFor, nextPeriod, periodContaining } from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { zoneArb } from '../arbitraries/options.js';

const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });
const spring = createPeriod('2026-03-02', '2026-03-30'); // ends 2026-03-30 00:00 Berlin, after the DST night
const months = createCycle({ kind: 'calendarMonth' });

describe('effectiveEndFor', () => {
  it('takes effect at this end when the request comes exactly at the deadline (Friday 23:00 over the DST night)', () => {
    const result = effectiveEndFor('2026-03-27T23:00+01:00[Europe/Berlin]', fourWeeks, spring);
    expect(result.end.toString()).toBe('2026-03-30');
    expect(result.last.toString()).toBe('2026-03-29');
    expect(result.onTime).toBe(true);
    expect(result.deadline.toString()).toBe('2026-03-27T23:00:00+01:00[Europe/Berlin]');
  });

  it('one minute before the deadline: this end', () => {
    expect(effectiveEndFor('2026-03-27T22:59+01:00', fourWeeks, spring).end.toString()).toBe('2026-03-30');
  });

  it('one minute after the deadline: a period later, even though it is still "two days before" by the clock', () => {
    const late = effectiveEndFor('2026-03-27T23:01+01:00', fourWeeks, spring);
    expect(late.end.toString()).toBe('2026-04-27');
    expect(late.onTime).toBe(false);
    expect(late.deadline.toString()).toBe('2026-04-25T00:00:00+02:00[Europe/Berlin]');
    // Saturday 00:00 would be on time by a naive "same clock time two days before" rule; it is not.
    expect(effectiveEndFor('2026-03-28T00:00+01:00', fourWeeks, spring).end.toString()).toBe('2026-04-27');
  });

  it('over the fall-back night: deadline Saturday 01:00 CEST, checked one minute either side', () => {
    const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-09-28' });
    const current = periodContaining(cycle, '2026-10-20'); // [2026-09-28, 2026-10-26)
    expect(String(current)).toBe('[2026-09-28, 2026-10-26)');
    expect(effectiveEndFor('2026-10-24T00:59+02:00', cycle, current).end.toString()).toBe('2026-10-26');
    expect(effectiveEndFor('2026-10-24T01:00+02:00', cycle, current).end.toString()).toBe('2026-10-26');
    expect(effectiveEndFor('2026-10-24T01:01+02:00', cycle, current).end.toString()).toBe('2026-11-23');
  });

  it('reads ZonedDateTime and Instant inputs as the same instant as strings', () => {
    const zoned = Temporal.ZonedDateTime.from('2026-03-27T23:00[Europe/Berlin]');
    expect(effectiveEndFor(zoned, fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(zoned.toInstant(), fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(Temporal.Instant.from('2026-03-27T22:00:01Z'), fourWeeks, spring).onTime).toBe(false);
    // One nanosecond late is late.
    expect(effectiveEndFor(zoned.add({ nanoseconds: 1 }), fourWeeks, spring).onTime).toBe(false);
  });

  it('on a postpaid calendar month: 48 hours before the 1st at 00:00', () => {
    const march = createPeriod('2026-03-01', '2026-04-01');
    expect(effectiveEndFor('2026-03-30T00:00+02:00', months, march).end.toString()).toBe('2026-04-01');
    expect(effectiveEndFor('2026-03-30T00:01+02:00', months, march).end.toString()).toBe('2026-05-01');
  });

  it('late for this end but exactly at the next end\'s deadline: the next end, not one more', () => {
    // The next end is 2026-04-27 00:00 CEST; its deadline is 2026-04-25 00:00 CEST.
    const result = effectiveEndFor('2026-04-25T00:00+02:00', fourWeeks, spring);
    expect(result.onTime).toBe(false);
    expect(result.end.toString()).toBe('2026-04-27');
    expect(result.deadline.toString()).toBe('2026-04-25T00:00:00+02:00[Europe/Berlin]');
    expect(effectiveEndFor('2026-04-25T00:01+02:00', fourWeeks, spring).end.toString()).toBe('2026-05-25');
  });

  it('writes itself as JSON: the end, its last day, the deadline of that end, and whether the first one was met', () => {
    expect(JSON.parse(JSON.stringify(effectiveEndFor('2026-03-27T23:01+01:00', fourWeeks, spring)))).toEqual({
      end: '2026-04-27', last: '2026-04-26', deadline: '2026-04-25T00:00:00+02:00[Europe/Berlin]', onTime: false,
    });
  });

  it('a request after the current period has ended lands at the first end whose deadline it meets', () => {
    expect(effectiveEndFor('2026-04-10T12:00+02:00', fourWeeks, spring).end.toString()).toBe('2026-04-27');
    expect(effectiveEndFor('2026-04-25T12:00+02:00', fourWeeks, spring).end.toString()).toBe('2026-05-25');
  });

  it('uses the zone given', () => {
    // The same instant is on time for Berlin's end but late for Tokyo's, which comes 8 hours earlier.
    const at = '2026-03-27T22:00Z';
    expect(effectiveEndFor(at, fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(at, fourWeeks, spring, { timeZone: 'Asia/Tokyo' }).onTime).toBe(false);
  });

  it('rejects bad input with typed errors', () => {
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00', fourWeeks, spring), 'INVALID_INSTANT', 'request');
    expectTarifkitError(() => effectiveEndFor('2026-03-27', fourWeeks, spring), 'INVALID_INSTANT', 'request');
    expectTarifkitError(() => effectiveEndFor(42 as never, fourWeeks, spring), 'INVALID_INSTANT', 'request');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, spring, { timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', { kind: 'weekly' } as never, spring), 'UNKNOWN_CYCLE_KIND');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, {} as never), 'INVALID_DATE', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, null as never), 'INVALID_DATE', 'currentPeriod');
    const { startDay, endDay } = spring;
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { startDay } as never), 'INVALID_DATE', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { endDay } as never), 'INVALID_DATE', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { startDay: String(startDay), endDay } as never), 'INVALID_DATE', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { startDay: startDay + 0.5, endDay } as never), 'INVALID_DATE', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { startDay, endDay: endDay + 0.5 } as never), 'INVALID_DATE', 'currentPeriod');
    // A period that ends before it starts; one that ends where it starts is accepted.
    expectTarifkitError(() => effectiveEndFor('2026-03-27T23:00Z', fourWeeks, { startDay: endDay, endDay: startDay } as never), 'END_BEFORE_START', 'currentPeriod');
    expect(effectiveEndFor('2026-03-27T22:00Z', fourWeeks, { startDay: endDay, endDay } as never).end.toString()).toBe('2026-03-30');
  });

  it('property: the end is the current one exactly when the request is at or before its 48-hour deadline, else the next one', () => {
    const cycleArb = fc.record({ days: fc.constantFrom(28, 30, 7, 3), anchorOffset: fc.integer({ min: 0, max: 400 }) });
    fc.assert(fc.property(cycleArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: -72 * 60, max: 0 }), zoneArb,
      ({ days, anchorOffset }, dayOffset, minutesBeforeEnd, zone) => {
        const anchor = Temporal.PlainDate.from('2025-06-01').add({ days: anchorOffset });
        const cycle = createCycle({ kind: 'days', days, anchor });
        const current = periodContaining(cycle, anchor.add({ days: dayOffset }));
        const endStart = current.end.toZonedDateTime({ timeZone: zone });
        const request = endStart.add({ minutes: minutesBeforeEnd });
        const deadline = cancellationDeadline(current.end, { timeZone: zone });
        const result = effectiveEndFor(request, cycle, current, { timeZone: zone });
        const onTime = Temporal.ZonedDateTime.compare(request, deadline) <= 0;
        expect(result.onTime).toBe(onTime);
        expect(result.end.equals(onTime ? current.end : nextPeriod(cycle, current).end)).toBe(true);
      }), RUNS);
  }, 120_000);
});

/**
 * Where a cancellation or switch lands (R12): at the current period's end when on
 * time, a period later when not; the 48 hours are elapsed hours in the customer's zone.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  cancellationDeadline,
  createCycle,
  createPeriod,
  effectiveEndFor,
  periodContaining,
  type Cycle,
  type InstantInput,
  type PeriodInput,
} from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { zoneArb } from './arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

const fourWeeks = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });
const spring = createPeriod('2026-03-02', '2026-03-30'); // ends 2026-03-30 00:00 Berlin, after the DST night
const months = createCycle({ kind: 'calendarMonth' });

describe('effectiveEndFor', () => {
  it('takes effect at this end when the request comes exactly at the deadline (Friday 23:00 over the DST night)', () => {
    const result = effectiveEndFor('2026-03-27T23:00+01:00[Europe/Berlin]', fourWeeks, spring);
    expect(result.effectiveOn).toBe('2026-03-30');
    expect(result.lastDay).toBe('2026-03-29');
    expect(result.onTime).toBe(true);
    expect(result.deadline.toString()).toBe('2026-03-27T23:00:00+01:00[Europe/Berlin]');
  });

  it('one minute before the deadline: this end', () => {
    expect(effectiveEndFor('2026-03-27T22:59+01:00', fourWeeks, spring).effectiveOn).toBe('2026-03-30');
  });

  it('one minute after the deadline: a period later, even though it is still "two days before" by the clock', () => {
    const late = effectiveEndFor('2026-03-27T23:01+01:00', fourWeeks, spring);
    expect([late.effectiveOn, late.lastDay, late.onTime]).toEqual(['2026-04-27', '2026-04-26', false]);
    expect(late.deadline.toString()).toBe('2026-04-25T00:00:00+02:00[Europe/Berlin]');
    // Saturday 00:00 would be on time by a naive "same clock time two days before" rule; it is not.
    expect(effectiveEndFor('2026-03-28T00:00+01:00', fourWeeks, spring).effectiveOn).toBe('2026-04-27');
  });

  it('over the fall-back night: deadline Saturday 01:00 CEST, checked one minute either side', () => {
    const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-09-28' });
    const current = periodContaining(cycle, '2026-10-20');
    expect(current).toStrictEqual({ start: '2026-09-28', end: '2026-10-26' });
    expect(effectiveEndFor('2026-10-24T00:59+02:00', cycle, current).effectiveOn).toBe('2026-10-26');
    expect(effectiveEndFor('2026-10-24T01:00+02:00', cycle, current).effectiveOn).toBe('2026-10-26');
    expect(effectiveEndFor('2026-10-24T01:01+02:00', cycle, current).effectiveOn).toBe('2026-11-23');
  });

  it('over the day Pacific/Kiritimati skipped (1994-12-31): the end comes when 1995-01-01 starts, 48 hours after 1994-12-29 00:00 −10:00', () => {
    const kiritimati = { timeZone: 'Pacific/Kiritimati' };
    const cycle = createCycle({ kind: 'days', days: 28, anchor: '1994-12-03' });
    const current = periodContaining(cycle, '1994-12-20');
    expect(current).toStrictEqual({ start: '1994-12-03', end: '1994-12-31' });
    const onTime = effectiveEndFor('1994-12-29T00:00-10:00', cycle, current, kiritimati);
    expect([onTime.effectiveOn, onTime.lastDay, onTime.onTime]).toEqual(['1994-12-31', '1994-12-30', true]);
    expect(onTime.deadline.toInstant().toString()).toBe('1994-12-29T10:00:00Z');
    const late = effectiveEndFor('1994-12-29T10:00:00.000000001Z', cycle, current, kiritimati);
    expect([late.effectiveOn, late.onTime]).toEqual(['1995-01-28', false]);
    expect(late.deadline.toString()).toBe('1995-01-26T00:00:00+14:00[Pacific/Kiritimati]');
    // A request on the instant the skipped day would have started still lands a period later.
    expect(effectiveEndFor('1994-12-31T10:00Z', cycle, current, kiritimati).effectiveOn).toBe('1995-01-28');
  });

  it('reads ZonedDateTime and Instant inputs as the same instant as strings; one nanosecond late is late', () => {
    const zoned = Temporal.ZonedDateTime.from('2026-03-27T23:00[Europe/Berlin]');
    expect(effectiveEndFor(zoned, fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(zoned.toInstant(), fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(Temporal.Instant.from('2026-03-27T22:00:01Z'), fourWeeks, spring).onTime).toBe(false);
    expect(effectiveEndFor(zoned.add({ nanoseconds: 1 }), fourWeeks, spring).onTime).toBe(false);
  });

  it('on a postpaid calendar month: 48 hours before the 1st at 00:00', () => {
    const march = createPeriod('2026-03-01', '2026-04-01');
    expect(effectiveEndFor('2026-03-30T00:00+02:00', months, march).effectiveOn).toBe('2026-04-01');
    expect(effectiveEndFor('2026-03-30T00:01+02:00', months, march).effectiveOn).toBe('2026-05-01');
  });

  it('late for this end but exactly at the next end\'s deadline: the next end, not one more', () => {
    const result = effectiveEndFor('2026-04-25T00:00+02:00', fourWeeks, spring);
    expect([result.effectiveOn, result.onTime]).toEqual(['2026-04-27', false]);
    expect(result.deadline.toString()).toBe('2026-04-25T00:00:00+02:00[Europe/Berlin]');
    expect(effectiveEndFor('2026-04-25T00:01+02:00', fourWeeks, spring).effectiveOn).toBe('2026-05-25');
  });

  it('a request after the current period has ended lands at the first end whose deadline it meets', () => {
    expect(effectiveEndFor('2026-04-10T12:00+02:00', fourWeeks, spring).effectiveOn).toBe('2026-04-27');
    expect(effectiveEndFor('2026-04-25T12:00+02:00', fourWeeks, spring).effectiveOn).toBe('2026-05-25');
  });

  it('writes itself as JSON: the end, its last day, the deadline of that end, and whether the first one was met', () => {
    expect(JSON.parse(JSON.stringify(effectiveEndFor('2026-03-27T23:01+01:00', fourWeeks, spring)))).toEqual({
      effectiveOn: '2026-04-27', lastDay: '2026-04-26', deadline: '2026-04-25T00:00:00+02:00[Europe/Berlin]', onTime: false,
    });
  });

  it('uses the zone given: the same instant is on time for Berlin\'s end but late for Tokyo\'s, 8 hours earlier', () => {
    const at = '2026-03-27T22:00Z';
    expect(effectiveEndFor(at, fourWeeks, spring).onTime).toBe(true);
    expect(effectiveEndFor(at, fourWeeks, spring, { timeZone: 'Asia/Tokyo' }).onTime).toBe(false);
  });

  it('takes a cycle read back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(fourWeeks)) as Cycle;
    expect(effectiveEndFor('2026-03-27T23:01+01:00', copy, spring).effectiveOn).toBe('2026-04-27');
  });

  it('refuses bad input with typed errors naming the field', () => {
    const at = '2026-03-27T23:00Z';
    for (const request of ['2026-03-27T23:00', '2026-03-27', 'soon', 42, null, {}]) {
      expectTarifkitError(() => effectiveEndFor(request as InstantInput, fourWeeks, spring), 'INVALID_INSTANT', 'request');
    }
    expectTarifkitError(() => effectiveEndFor(at, fourWeeks, spring, { timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => effectiveEndFor(at, { kind: 'weekly' } as unknown as Cycle, spring), 'INVALID_CYCLE', 'cycle.kind');
    expectTarifkitError(() => effectiveEndFor(at, fourWeeks, null as unknown as PeriodInput), 'INVALID_ARGUMENT', 'currentPeriod');
    expectTarifkitError(() => effectiveEndFor(at, fourWeeks, {} as PeriodInput), 'INVALID_DATE', 'currentPeriod.start');
    expectTarifkitError(() => effectiveEndFor(at, fourWeeks, { start: '2026-03-02' } as PeriodInput), 'INVALID_DATE', 'currentPeriod.end');
    expectTarifkitError(() => effectiveEndFor(at, fourWeeks, { start: '2026-03-30', end: '2026-03-02' }), 'END_BEFORE_START', 'currentPeriod');
    // A period that ends where it starts is accepted: only its end matters.
    expect(effectiveEndFor('2026-03-27T22:00Z', fourWeeks, { start: '2026-03-30', end: '2026-03-30' }).effectiveOn).toBe('2026-03-30');
  });

  it('property: the end is the current one exactly when the request is at or before its 48-hour deadline, else the next one', () => {
    const cycleArb = fc.record({ days: fc.constantFrom(28, 30, 7, 3), anchorOffset: fc.integer({ min: 0, max: 400 }) });
    fc.assert(fc.property(cycleArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: -72 * 60, max: 0 }), zoneArb,
      ({ days, anchorOffset }, dayOffset, minutesBeforeEnd, zone) => {
        const anchor = Temporal.PlainDate.from('2025-06-01').add({ days: anchorOffset });
        const cycle = createCycle({ kind: 'days', days, anchor });
        const current = periodContaining(cycle, anchor.add({ days: dayOffset }));
        const request = Temporal.PlainDate.from(current.end).toZonedDateTime({ timeZone: zone }).add({ minutes: minutesBeforeEnd });
        const deadline = cancellationDeadline(current.end, { timeZone: zone });
        const result = effectiveEndFor(request, cycle, current, { timeZone: zone });
        const onTime = Temporal.ZonedDateTime.compare(request, deadline) <= 0;
        expect(result.onTime).toBe(onTime);
        expect(result.effectiveOn).toBe(onTime ? current.end : periodContaining(cycle, current.end).end);
        expect(result.lastDay).toBe(Temporal.PlainDate.from(result.effectiveOn).subtract({ days: 1 }).toString());
        expect(result.deadline.equals(cancellationDeadline(result.effectiveOn, { timeZone: zone }))).toBe(true);
      }), RUNS);
  });
});

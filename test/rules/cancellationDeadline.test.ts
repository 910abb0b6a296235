/**
 * The 48-hour deadline (R12): elapsed hours before the period's end, in the customer's
 * zone, across the DST changes of 2026-03-29 and 2026-10-25 in Europe/Berlin.
 */
import { spawnSync } from 'node:child_process';
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancellationDeadline, effectiveEndFor, createCycle, createPeriod } from '../../src/index.js';
import { expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';
import { zoneArb } from '../arbitraries/options.js';

const HOUR_NS = 3_600_000_000_000n;

describe('cancellationDeadline', () => {
  it('is two days earlier at the same clock time when no DST change lies between', () => {
    expect(cancellationDeadline('2026-03-20').toString()).toBe('2026-03-18T00:00:00+01:00[Europe/Berlin]');
  });

  it('over the spring-forward night (2026-03-29) is Friday 23:00, not Saturday 00:00', () => {
    const deadline = cancellationDeadline('2026-03-30');
    expect(deadline.toString()).toBe('2026-03-27T23:00:00+01:00[Europe/Berlin]');
    expect(deadline.toInstant().toString()).toBe('2026-03-27T22:00:00Z');
    const end = Temporal.ZonedDateTime.from('2026-03-30T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - deadline.epochNanoseconds).toBe(48n * HOUR_NS);
    // Two days at the same clock time would be 47 hours here.
    const sameClock = Temporal.ZonedDateTime.from('2026-03-28T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - sameClock.epochNanoseconds).toBe(47n * HOUR_NS);
  });

  it('over the fall-back night (2026-10-25) is Saturday 01:00 CEST, not 00:00', () => {
    const deadline = cancellationDeadline('2026-10-26');
    expect(deadline.toString()).toBe('2026-10-24T01:00:00+02:00[Europe/Berlin]');
    const end = Temporal.ZonedDateTime.from('2026-10-26T00:00[Europe/Berlin]');
    expect(end.epochNanoseconds - deadline.epochNanoseconds).toBe(48n * HOUR_NS);
  });

  it('is the same when the period ends on the DST day itself', () => {
    // 2026-03-29 00:00 is still CET; 48 h before is 2026-03-27 00:00 CET.
    expect(cancellationDeadline('2026-03-29').toString()).toBe('2026-03-27T00:00:00+01:00[Europe/Berlin]');
    // 2026-10-25 00:00 is still CEST.
    expect(cancellationDeadline('2026-10-25').toString()).toBe('2026-10-23T00:00:00+02:00[Europe/Berlin]');
  });

  it('uses the zone given: in New York the spring change is 2026-03-08', () => {
    const deadline = cancellationDeadline('2026-03-09', { timeZone: 'America/New_York' });
    expect(deadline.toString()).toBe('2026-03-06T23:00:00-05:00[America/New_York]');
  });

  it('ends a period at the next day that exists when the zone skipped its end day', () => {
    // Kiritimati moved from UTC−10 to UTC+14 and skipped 1994-12-31 entirely: a period
    // ending on that day ends when 1995-01-01 starts, and the deadline is 48 hours before.
    const deadline = cancellationDeadline('1994-12-31', { timeZone: 'Pacific/Kiritimati' });
    expect(deadline.toInstant().toString()).toBe('1994-12-29T10:00:00Z');
    expect(deadline.toInstant().add({ hours: 48 }).toZonedDateTimeISO('Pacific/Kiritimati').toString())
      .toBe('1995-01-01T00:00:00+14:00[Pacific/Kiritimati]');
    expect(deadline.toString()).toBe('1994-12-29T00:00:00-10:00[Pacific/Kiritimati]');
  });

  it('takes a PlainDate as well as an ISO string', () => {
    expect(cancellationDeadline(Temporal.PlainDate.from('2026-03-30')).equals(cancellationDeadline('2026-03-30'))).toBe(true);
  });

  it('rejects an unknown time zone with INVALID_TIME_ZONE naming options.timeZone', () => {
    expectTarifkitError(() => cancellationDeadline('2026-03-30', { timeZone: 'Europe/Berlim' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => cancellationDeadline('2026-03-30', { timeZone: '' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => cancellationDeadline('2026-03-30', { timeZone: 42 as never }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => cancellationDeadline('2026-03-30', { timeZone: '2026-01-01T00:00[Europe/Berlin]' }), 'INVALID_TIME_ZONE');
  });

  it('rejects an invalid date with INVALID_DATE naming periodEnd', () => {
    expectTarifkitError(() => cancellationDeadline('2026-02-30'), 'INVALID_DATE', 'periodEnd');
  });

  it('gives the same instants whatever the process time zone is', () => {
    const script = [
      "import { cancellationDeadline, effectiveEndFor, createCycle, createPeriod } from './src/index.ts';",
      "const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });",
      "const current = createPeriod('2026-03-02', '2026-03-30');",
      "console.log([cancellationDeadline('2026-03-30').toString(), cancellationDeadline('2026-10-26').toString(),",
      "  effectiveEndFor('2026-03-27T23:01+01:00', cycle, current).end.toString()].join(' '));",
    ].join('\n');
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim();
    });
    expect(outputs).toEqual([
      '2026-03-27T23:00:00+01:00[Europe/Berlin] 2026-10-24T01:00:00+02:00[Europe/Berlin] 2026-04-27',
      '2026-03-27T23:00:00+01:00[Europe/Berlin] 2026-10-24T01:00:00+02:00[Europe/Berlin] 2026-04-27',
      '2026-03-27T23:00:00+01:00[Europe/Berlin] 2026-10-24T01:00:00+02:00[Europe/Berlin] 2026-04-27',
    ]);
    // And in this process, whatever TZ it runs under:
    const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });
    expect(effectiveEndFor('2026-03-27T23:01+01:00', cycle, createPeriod('2026-03-02', '2026-03-30')).end.toString()).toBe('2026-04-27');
  }, 120_000);

  it('property: the deadline is exactly 48 hours of elapsed time before the period ends, in any zone and on any date', () => {
    fc.assert(fc.property(isoDateArb(1971, 2099), zoneArb, (endIso, zone) => {
      const deadline = cancellationDeadline(endIso, { timeZone: zone });
      expect(deadline.timeZoneId).toBe(zone);
      const endInstant = deadline.toInstant().add({ hours: 48 });
      // The end is the first instant on or after the end day in the zone: it lies on that
      // day (or, where the zone skipped the day, on the first day after it), and one
      // nanosecond earlier lies before the end day.
      const endDay = Temporal.PlainDate.from(endIso);
      const dayOfEnd = endInstant.toZonedDateTimeISO(zone).toPlainDate();
      const dayBefore = endInstant.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(zone).toPlainDate();
      expect(Temporal.PlainDate.compare(dayOfEnd, endDay)).toBeGreaterThanOrEqual(0);
      expect(Temporal.PlainDate.compare(dayBefore, endDay)).toBe(-1);
      // Only a skipped day moves the end off its day.
      if (!dayOfEnd.equals(endDay)) expect(endDay.toZonedDateTime({ timeZone: zone }).toPlainDate().equals(endDay)).toBe(false);
    }), RUNS);
  }, 120_000);
});

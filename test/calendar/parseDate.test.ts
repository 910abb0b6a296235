/**
 * Reading dates at the boundary: `YYYY-MM-DD` by char codes and a month table for
 * 1900–2199, the regular path for other years, and the memo of the last text read.
 * Every answer must be Temporal's, and every refusal INVALID_DATE naming the field.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayFromInput } from '../../src/calendar/parseDate.js';
import { expectTarifkitError, isoDateArb, RUNS, temporalEpochDay } from '../arbitraries/core.js';

/** Temporal's day of a text, or 'INVALID' for one it refuses or that is not `YYYY-MM-DD` in years 0001–9999. */
function temporalDay(text: string): number | 'INVALID' {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return 'INVALID';
  try {
    return temporalEpochDay(Temporal.PlainDate.from(text, { overflow: 'reject' }));
  } catch {
    return 'INVALID';
  }
}

function libraryDay(text: string): number | 'INVALID' {
  try {
    return epochDayFromInput(text, 'x');
  } catch (error) {
    expect((error as { code?: unknown }).code).toBe('INVALID_DATE');
    return 'INVALID';
  }
}

/** A date text with one character changed, dropped or added. */
const nearMissArb = fc
  .record({ text: isoDateArb(1890, 2210), at: fc.nat(), kind: fc.constantFrom('change', 'drop', 'add'), char: fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ':', ' ', 'x') })
  .map(({ text, at, kind, char }) => {
    const i = at % (text.length + 1);
    if (kind === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (kind === 'add') return text.slice(0, i) + char + text.slice(i);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

describe('epochDayFromInput', () => {
  it('property: a date text of any year 0001–9999 reads as the day Temporal gives', () => {
    fc.assert(fc.property(fc.oneof(isoDateArb(1, 9999), isoDateArb(1890, 2210)), (text) => {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }), RUNS);
  });

  it('property: a text one character off a date reads as Temporal reads it, or is refused with INVALID_DATE', () => {
    fc.assert(fc.property(nearMissArb, (text) => {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }), RUNS);
  });

  it('reads the edges of the month table and the days around them', () => {
    for (const text of ['1899-12-31', '1900-01-01', '1900-02-28', '1969-12-31', '1970-01-01', '2000-02-29', '2199-12-31', '2200-01-01', '0001-01-01', '9999-12-31']) {
      expect(libraryDay(text)).toBe(temporalDay(text));
    }
    for (const text of ['1900-02-29', '2100-02-29', '2026-02-29', '2026-04-31', '2026-00-01', '2026-13-01', '2026-01-00', '0000-01-01']) {
      expectTarifkitError(() => epochDayFromInput(text, 'input.start'), 'INVALID_DATE', 'input.start');
    }
  });

  it('the memo of the last text never answers for another text, nor hides a refusal', () => {
    expect(epochDayFromInput('2026-03-01', 'x')).toBe(temporalDay('2026-03-01'));
    expect(epochDayFromInput('2026-03-01', 'x')).toBe(temporalDay('2026-03-01'));
    expect(epochDayFromInput(`2026-03-${'0'}2`, 'x')).toBe(temporalDay('2026-03-02'));
    expectTarifkitError(() => epochDayFromInput('2026-03-32', 'on'), 'INVALID_DATE', 'on');
    expect(epochDayFromInput('2026-03-02', 'x')).toBe(temporalDay('2026-03-02'));
    expect(epochDayFromInput(Temporal.PlainDate.from('2026-03-05'), 'x')).toBe(temporalDay('2026-03-05'));
    expect(epochDayFromInput('2026-03-02', 'x')).toBe(temporalDay('2026-03-02'));
  });
});

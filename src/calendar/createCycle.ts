import { TarifkitError } from '../errors/TarifkitError.js';
import { isoFromEpochDay } from './epochDay.js';
import { CALENDAR_MONTH_CORE, CYCLE_CORE, makeCore, type CycleCore } from './cycleMath.js';
import { epochDayFromInput } from './parseDate.js';
import type { Cycle, CycleSpec } from './types.js';

function positiveInteger(value: unknown, field: string, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new TarifkitError('INVALID_CYCLE', { field, value });
  }
  return value;
}

function withCore<T extends Cycle>(cycle: T, core: CycleCore): T {
  Object.defineProperty(cycle, CYCLE_CORE, { value: core, enumerable: false });
  return Object.freeze(cycle);
}

/**
 * Makes a billing cycle from plain data, checking it once (R6–R8).
 *
 * A cycle read back from JSON (`JSON.parse(JSON.stringify(cycle))`) is a valid
 * spec again, so cycles can travel in event logs.
 *
 * @param spec - the kind and its anchor: see {@link CycleSpec}
 * @param fieldName - the field name errors report; default `"cycle"`
 * @returns the frozen cycle
 * @throws TarifkitError `UNKNOWN_CYCLE_KIND` for a kind that does not exist,
 *   `INVALID_CYCLE` for a non-positive or fractional length, `INVALID_DATE` for a bad anchor
 * @example
 * ```ts
 * // Anchored on the 31st: February clamps to its last day, March goes back to the 31st.
 * const cycle = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
 * periodContaining(cycle, '2026-03-15').toString(); // "[2026-02-28, 2026-03-31)"
 * ```
 */
export function createCycle(spec: CycleSpec, fieldName = 'cycle'): Cycle {
  const field = typeof fieldName === 'string' ? fieldName : 'cycle';
  if (typeof spec !== 'object' || spec === null) {
    throw new TarifkitError('INVALID_CYCLE', { field, value: spec });
  }
  const kind = (spec as { kind?: unknown }).kind;
  switch (kind) {
    case 'calendarMonth':
      return withCore({ kind: 'calendarMonth', months: 1, anchor: '1970-01-01' }, CALENDAR_MONTH_CORE);
    case 'days': {
      const s = spec as Extract<CycleSpec, { kind: 'days' }>;
      const days = positiveInteger(s.days, `${field}.days`, 3660);
      const anchorDay = epochDayFromInput(s.anchor, `${field}.anchor`);
      return withCore({ kind: 'days', days, anchor: isoFromEpochDay(anchorDay) }, makeCore(days, 0, anchorDay));
    }
    case 'monthly':
    case 'yearly':
    case 'term': {
      const months = kind === 'monthly' ? 1 : kind === 'yearly' ? 12
        : positiveInteger((spec as { months?: unknown }).months, `${field}.months`, 1200);
      if (kind === 'monthly' && (spec as { months?: unknown }).months !== undefined && (spec as { months?: unknown }).months !== 1) {
        throw new TarifkitError('INVALID_CYCLE', { field: `${field}.months`, value: (spec as { months?: unknown }).months });
      }
      if (kind === 'yearly' && (spec as { months?: unknown }).months !== undefined && (spec as { months?: unknown }).months !== 12) {
        throw new TarifkitError('INVALID_CYCLE', { field: `${field}.months`, value: (spec as { months?: unknown }).months });
      }
      const anchorDay = epochDayFromInput((spec as { anchor?: unknown }).anchor, `${field}.anchor`);
      return withCore({ kind, months, anchor: isoFromEpochDay(anchorDay) }, makeCore(0, months, anchorDay));
    }
    default:
      throw new TarifkitError('UNKNOWN_CYCLE_KIND', { field: `${field}.kind`, value: kind });
  }
}

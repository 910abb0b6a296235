import { fail, isRecord } from '../errors/fail.js';
import { isoOf } from './days.js';
import { CALENDAR_MONTH_CORE, makeCore, type CycleCore } from './cycleMath.js';
import { epochDayFromInput } from './parseDate.js';
import type { Cycle, CycleSpec } from './types.js';

/** The numbers of every cycle createCycle made; frozen cycles map to their core. */
const CORES = new WeakMap<object, CycleCore>();

function whole(value: unknown, field: string, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) fail('INVALID_CYCLE', field, value);
  return value;
}

function remember<T extends Cycle>(cycle: T, core: CycleCore): T {
  Object.freeze(cycle);
  CORES.set(cycle, core);
  return cycle;
}

/**
 * Makes a billing cycle from plain data, checking it once (R6–R8).
 *
 * A cycle read back from JSON (`JSON.parse(JSON.stringify(cycle))`) is a valid
 * spec again, so cycles can be stored.
 *
 * @param spec - the kind and its anchor: see {@link CycleSpec}
 * @returns the frozen cycle, its anchor as an ISO date
 * @throws TarifkitError `INVALID_CYCLE` for an unknown kind or a non-positive or fractional
 *   length (`spec.kind`, `spec.days`, `spec.months`), `INVALID_DATE` for a bad anchor
 * @example
 * ```ts
 * import { createCycle, periodContaining } from 'tarifkit';
 *
 * // Anchored on the 31st: February clamps to its last day, March goes back to the 31st.
 * const cycle = createCycle({ kind: 'monthly', anchor: '2026-01-31' });
 * periodContaining(cycle, '2026-03-15'); // { start: '2026-02-28', end: '2026-03-31' }
 * ```
 */
export function createCycle(spec: CycleSpec): Cycle {
  return cycleFromSpec(spec, 'spec');
}

/** {@link createCycle} with the field errors name. @internal */
export function cycleFromSpec(spec: unknown, field: string): Cycle {
  if (!isRecord(spec)) fail('INVALID_CYCLE', field, spec);
  const known = CORES.get(spec);
  if (known !== undefined) return spec as unknown as Cycle;
  const kind = spec.kind;
  switch (kind) {
    case 'calendarMonth':
      return remember({ kind }, CALENDAR_MONTH_CORE);
    case 'days': {
      const days = whole(spec.days, `${field}.days`, 3660);
      const anchorDay = epochDayFromInput(spec.anchor, `${field}.anchor`);
      return remember({ kind, days, anchor: isoOf(anchorDay) }, makeCore(days, 0, anchorDay));
    }
    case 'monthly':
    case 'yearly': {
      const months = kind === 'monthly' ? 1 : 12;
      if (spec.months !== undefined && spec.months !== months) fail('INVALID_CYCLE', `${field}.months`, spec.months);
      const anchorDay = epochDayFromInput(spec.anchor, `${field}.anchor`);
      return remember({ kind, anchor: isoOf(anchorDay) }, makeCore(0, months, anchorDay));
    }
    case 'term': {
      const months = whole(spec.months, `${field}.months`, 1200);
      const anchorDay = epochDayFromInput(spec.anchor, `${field}.anchor`);
      return remember({ kind, months, anchor: isoOf(anchorDay) }, makeCore(0, months, anchorDay));
    }
    default:
      return fail('INVALID_CYCLE', `${field}.kind`, kind);
  }
}

/** The numbers of a cycle; a cycle read back from JSON is validated first. @internal */
export function coreOf(cycle: unknown, field = 'cycle'): CycleCore {
  if (typeof cycle === 'object' && cycle !== null) {
    const known = CORES.get(cycle);
    if (known !== undefined) return known;
  }
  return CORES.get(cycleFromSpec(cycle, field)) as CycleCore;
}

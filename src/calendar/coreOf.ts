/**
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { CYCLE_CORE, type CycleCore } from './cycleMath.js';
import { createCycle } from './createCycle.js';
import type { Cycle, CycleSpec } from './types.js';

/** The numbers of a cycle; a cycle parsed from JSON is validated and rebuilt. */
export function coreOf(cycle: Cycle): CycleCore {
  if (typeof cycle !== 'object' || cycle === null) {
    throw new TarifkitError('INVALID_CYCLE', { field: 'cycle', value: cycle });
  }
  const core = (cycle as Cycle & { readonly [CYCLE_CORE]?: CycleCore })[CYCLE_CORE];
  if (core !== undefined) return core;
  const rebuilt = createCycle(cycle as unknown as CycleSpec);
  return (rebuilt as Cycle & { readonly [CYCLE_CORE]: CycleCore })[CYCLE_CORE];
}

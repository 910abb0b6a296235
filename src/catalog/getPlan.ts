import { TarifkitError } from '../errors/TarifkitError.js';
import { catalogIndexOf } from './resolve.js';
import type { Catalog, Plan } from './types.js';

/**
 * Looks a plan up by its id.
 *
 * @param catalog - a catalog from {@link createCatalog} (or its JSON read back)
 * @param planId - the plan's id
 * @returns the plan
 * @throws TarifkitError `UNKNOWN_PLAN` (field `"planId"`) when the catalog has no such plan
 * @example
 * ```ts
 * getPlan(catalog, 'basic').name; // "Basic"
 * getPlan(catalog, 'Basic');      // throws UNKNOWN_PLAN: ids are case-sensitive
 * ```
 */
export function getPlan(catalog: Catalog, planId: string): Plan {
  const entry = catalogIndexOf(catalog).plans.get(planId);
  if (entry === undefined) throw new TarifkitError('UNKNOWN_PLAN', { field: 'planId', value: planId });
  return entry.plan;
}

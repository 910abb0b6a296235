/**
 * The internal side of the catalog: lookups that accept a catalog or plan read
 * back from JSON (validated again then), and the one place that checks a
 * configuration and prices it (R2, R4).
 *
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { knownIndex, knownPlanEntry, type CatalogIndex, type PlanEntry } from './catalogIndex.js';
import { createCatalog } from './createCatalog.js';
import { MAX_PRICE_CENTS, MAX_QUANTITY } from './limits.js';
import type { Catalog, CatalogData, Configuration, Plan, PlanOption } from './types.js';

/** A validated catalog and its lookups; a catalog that did not come from createCatalog is validated first. */
export function validCatalog(catalog: Catalog): { readonly catalog: Catalog; readonly index: CatalogIndex } {
  const known = knownIndex(catalog);
  if (known !== undefined) return { catalog, index: known };
  const rebuilt = createCatalog(catalog as unknown as CatalogData);
  return { catalog: rebuilt, index: knownIndex(rebuilt) as CatalogIndex };
}

/** The lookups of a catalog; a catalog that did not come from createCatalog is validated first. */
export function catalogIndexOf(catalog: Catalog): CatalogIndex {
  return validCatalog(catalog).index;
}

/** The entry of a plan; a plan that did not come from a catalog is validated first. */
export function planEntryOf(plan: Plan): PlanEntry {
  const known = knownPlanEntry(plan);
  if (known !== undefined) return known;
  const catalog = createCatalog({ plans: [plan] } as unknown as CatalogData);
  return knownPlanEntry(catalog.plans[0] as Plan) as PlanEntry;
}

/** A checked configuration: the quantity of every option of the plan, in the plan's order, and its price. */
export interface ResolvedConfiguration {
  /** Quantities in `plan.options` order. */
  readonly quantities: number[];
  /** The plan's base price plus Σ unit price × quantity, in minor units. */
  readonly priceCents: number;
}

/**
 * Checks `input` against the plan and fills the options it leaves out from
 * `base` (the quantities in force, or the plan's defaults), in option order.
 *
 * Throws `CONFIGURATION_MISMATCH` for a value that is not a record, or for an
 * option the catalog knows but this plan has not; `UNKNOWN_OPTION` for an option
 * no plan has; `INVALID_QUANTITY` for a quantity that is not an integer from 0
 * to 1,000,000; `INVALID_AMOUNT` when the configuration would cost more than
 * 100 million euros. Fields are `<field>.<optionId>`.
 */
export function resolveConfiguration(
  entry: PlanEntry,
  input: unknown,
  base: readonly number[],
  field: string,
  optionIds: ReadonlySet<string> | null,
): ResolvedConfiguration {
  const plan = entry.plan;
  // A copy by hand: `slice` of the catalog's frozen defaults takes a slow path.
  const count = base.length;
  const quantities: number[] = [];
  for (let i = 0; i < count; i += 1) quantities.push(base[i] as number);
  if (input !== undefined) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new TarifkitError('CONFIGURATION_MISMATCH', { field, value: input, planId: plan.id });
    }
    // for…in rather than Object.keys: no array on the hot path; plain records have no inherited keys.
    for (const key in input) {
      const at = entry.optionIndex.get(key);
      if (at === undefined) {
        const code = optionIds !== null && optionIds.has(key) ? 'CONFIGURATION_MISMATCH' : 'UNKNOWN_OPTION';
        throw new TarifkitError(code, { field: `${field}.${key}`, value: key, planId: plan.id });
      }
      const quantity: unknown = (input as Record<string, unknown>)[key];
      if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
        throw new TarifkitError('INVALID_QUANTITY', { field: `${field}.${key}`, value: quantity, min: 0, max: MAX_QUANTITY });
      }
      quantities[at] = quantity;
    }
  }
  let priceCents = plan.price.cents;
  const options = plan.options;
  for (let i = 0; i < options.length; i += 1) {
    priceCents += (options[i] as PlanOption).unitCents * (quantities[i] as number);
  }
  if (!(priceCents <= MAX_PRICE_CENTS)) {
    throw new TarifkitError('INVALID_AMOUNT', { field, value: priceCents, max: MAX_PRICE_CENTS });
  }
  return { quantities, priceCents };
}

/** A configuration record from quantities in option order: `{ ram: 8, vcpu: 4 }`. */
export function configurationOf(plan: Plan, quantities: readonly number[]): Configuration {
  const configuration: Record<string, number> = {};
  plan.options.forEach((option, i) => {
    configuration[option.id] = quantities[i] as number;
  });
  return configuration;
}

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
import type { Catalog, CatalogData, Configuration, Plan } from './types.js';

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
  /** Quantities in `plan.options` order; never changed after it is made. */
  readonly quantities: readonly number[];
  /** The plan's base price plus Σ unit price × quantity, in minor units. */
  readonly priceCents: number;
}

/**
 * Checks `input` against the plan and fills the options it leaves out from
 * `base` (the quantities in force, or the plan's defaults), in option order.
 * When `input` changes nothing (undefined, or a record without keys), the
 * result is `base` itself: quantities are never changed once made, so they can
 * be shared, and the hot path copies only what it changes.
 *
 * Throws `CONFIGURATION_MISMATCH` for a value that is not a record, or for an
 * option the catalog knows but this plan has not; `UNKNOWN_OPTION` for an option
 * no plan has; `INVALID_QUANTITY` for a quantity that is not an integer from 0
 * to 1,000,000. Fields are `<field>.<optionId>`.
 */
export function resolveQuantities(
  entry: PlanEntry,
  input: unknown,
  base: readonly number[],
  field: string,
  optionIds: ReadonlySet<string> | null,
): readonly number[] {
  if (input === undefined) return base;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) notARecord(entry, input, field);
  let quantities: number[] | null = null;
  // for…in rather than Object.keys: no array on the hot path; plain records have no inherited keys.
  for (const key in input) {
    const at = entry.optionIndex.get(key);
    if (at === undefined) unknownOption(entry, key, field, optionIds);
    const quantity: unknown = (input as Record<string, unknown>)[key];
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
      invalidQuantity(quantity, key, field);
    }
    // Quantity arrays are plain (never frozen) arrays, so `slice` takes its fast path.
    quantities ??= base.slice();
    quantities[at] = quantity;
  }
  return quantities ?? base;
}

// The throws, out of line: the checks above stay small enough for the optimiser to inline them.

function notARecord(entry: PlanEntry, input: unknown, field: string): never {
  throw new TarifkitError('CONFIGURATION_MISMATCH', { field, value: input, planId: entry.plan.id });
}

function unknownOption(entry: PlanEntry, key: string, field: string, optionIds: ReadonlySet<string> | null): never {
  const code = optionIds !== null && optionIds.has(key) ? 'CONFIGURATION_MISMATCH' : 'UNKNOWN_OPTION';
  throw new TarifkitError(code, { field: `${field}.${key}`, value: key, planId: entry.plan.id });
}

function invalidQuantity(quantity: unknown, key: string, field: string): never {
  throw new TarifkitError('INVALID_QUANTITY', { field: `${field}.${key}`, value: quantity, min: 0, max: MAX_QUANTITY });
}

function tooExpensive(priceCents: number, field: string): never {
  throw new TarifkitError('INVALID_AMOUNT', { field, value: priceCents, max: MAX_PRICE_CENTS });
}

/**
 * The price of quantities in option order: the plan's base price plus Σ unit
 * price × quantity, in minor units. Throws `INVALID_AMOUNT` (field `field`) when
 * it would exceed 100 million euros.
 */
export function priceOfQuantities(entry: PlanEntry, quantities: readonly number[], field: string): number {
  if (quantities === entry.defaults) return entry.defaultPriceCents;
  let priceCents = entry.plan.price.cents;
  const unitCents = entry.unitCents;
  for (let i = 0; i < unitCents.length; i += 1) priceCents += (unitCents[i] as number) * (quantities[i] as number);
  if (!(priceCents <= MAX_PRICE_CENTS)) tooExpensive(priceCents, field);
  return priceCents;
}

/**
 * {@link resolveQuantities} and {@link priceOfQuantities} in one: the checked
 * quantities and their price. Throws what those throw.
 */
export function resolveConfiguration(
  entry: PlanEntry,
  input: unknown,
  base: readonly number[],
  field: string,
  optionIds: ReadonlySet<string> | null,
): ResolvedConfiguration {
  const quantities = resolveQuantities(entry, input, base, field, optionIds);
  return { quantities, priceCents: priceOfQuantities(entry, quantities, field) };
}

/** A configuration record from quantities in option order: `{ ram: 8, vcpu: 4 }`. */
export function configurationOf(plan: Plan, quantities: readonly number[]): Configuration {
  const configuration: Record<string, number> = {};
  plan.options.forEach((option, i) => {
    configuration[option.id] = quantities[i] as number;
  });
  return configuration;
}

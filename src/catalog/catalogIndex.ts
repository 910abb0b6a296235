/**
 * Lookups over a validated catalog: plans, add-ons and components by id. Kept
 * beside the frozen data, never in it, so the catalog stays JSON-safe.
 *
 * @internal
 * @module
 */
import { keep } from '../calendar/keep.js';
import { fail } from '../errors/fail.js';
import type { PricedItem } from '../items/types.js';
import type { Catalog, CatalogData, CatalogOption, Component, Configuration, Plan } from './types.js';
import { MAX_PRICE_CENTS, MAX_QUANTITY } from './limits.js';

/** A plan with its lookups. */
export interface PlanEntry {
  readonly plan: Plan;
  /** Each component's position in `plan.components`. */
  readonly componentIndex: ReadonlyMap<string, number>;
  /** The default quantities, in component order. */
  readonly defaults: readonly number[];
  /** The price of the default quantities, in minor units. */
  readonly defaultPriceCents: number;
  /** The add-ons this plan offers, by id. */
  readonly addOns: ReadonlyMap<string, PricedItem>;
  /** The mobile options this plan offers, by id. */
  readonly options: ReadonlyMap<string, CatalogOption>;
  /**
   * What shapes a contract's terms and their billing: term, price basis,
   * billing cycle and timing, renewal, notice, customer kind, add-ons and option
   * tariff. Plans with the same key form a family; a contract may switch
   * between them mid-term.
   */
  readonly family: string;
  /**
   * The configurations and contract items made so far, by quantities: many
   * contracts share a configuration, so each is built and frozen once.
   */
  readonly configurations: Map<number, { readonly configuration: Configuration; readonly name: string }>;
}

/** The lookups of one catalog. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  readonly plans: ReadonlyMap<string, PlanEntry>;
  readonly addOns: ReadonlyMap<string, PricedItem>;
}

const INDEXES = new WeakMap<object, CatalogIndex>();

function familyOf(plan: Plan): string {
  return JSON.stringify([
    plan.termMonths, plan.price.per, plan.billingCycle, plan.billing, plan.renewal,
    plan.policy.notice, plan.policy.customer, plan.addOns, plan.optionTariff,
  ]);
}

/** Builds and remembers the lookups of a catalog that was just validated. */
export function rememberIndex(catalog: Catalog): CatalogIndex {
  const addOns = new Map<string, PricedItem>();
  for (const addOn of catalog.addOns) addOns.set(addOn.id, addOn);
  const plans = new Map<string, PlanEntry>();
  for (const plan of catalog.plans) {
    const componentIndex = new Map<string, number>();
    const defaults: number[] = [];
    let defaultPriceCents = plan.price.cents;
    plan.components.forEach((component: Component, i) => {
      componentIndex.set(component.id, i);
      defaults.push(component.default);
      defaultPriceCents += component.unitCents * component.default;
    });
    const planAddOns = new Map<string, PricedItem>();
    for (const id of plan.addOns) planAddOns.set(id, addOns.get(id) as PricedItem);
    const options = new Map<string, CatalogOption>();
    for (const option of plan.optionTariff?.options ?? []) options.set(option.id, option);
    plans.set(plan.id, { plan, componentIndex, defaults, defaultPriceCents, addOns: planAddOns, options, family: familyOf(plan), configurations: new Map() });
  }
  const index: CatalogIndex = { catalog, plans, addOns };
  INDEXES.set(catalog, index);
  return index;
}

/** The lookups of a catalog made by createCatalog; a catalog read back from JSON is validated first. */
export function indexOf(catalog: unknown, field: string, create: (data: CatalogData, field: string) => Catalog): CatalogIndex {
  if (catalog === lastCatalog && lastIndex !== null) return lastIndex;
  if (typeof catalog === 'object' && catalog !== null) {
    const known = INDEXES.get(catalog);
    if (known !== undefined) {
      lastCatalog = catalog;
      lastIndex = known;
      return known;
    }
  }
  return INDEXES.get(create(catalog as CatalogData, field)) as CatalogIndex;
}

/** The catalog looked up last and its index: a billing run asks for one catalog over and over. */
let lastCatalog: unknown = null;
let lastIndex: CatalogIndex | null = null;

/** The entry of a plan id, or UNKNOWN_ID naming `field` and the known ids. */
export function planEntryOf(index: CatalogIndex, planId: unknown, field: string): PlanEntry {
  const entry = typeof planId === 'string' ? index.plans.get(planId) : undefined;
  if (entry === undefined) fail('UNKNOWN_ID', field, planId, { known: [...index.plans.keys()] });
  return entry;
}

/**
 * Checks a configuration against the plan and fills the components it leaves
 * out from `base` (the quantities in force, or the plan's defaults), in
 * component order. When it changes nothing, the result is `base` itself.
 * UNKNOWN_ID for a component the plan has not; INVALID_QUANTITY for a quantity
 * that is not an integer from 0 to 1,000,000; INVALID_ARGUMENT for no record.
 */
export function quantitiesOf(entry: PlanEntry, input: unknown, base: readonly number[], field: string): readonly number[] {
  if (input === undefined) return base;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('INVALID_ARGUMENT', field, input);
  let quantities: number[] | null = null;
  for (const key of Object.keys(input)) {
    const at = entry.componentIndex.get(key);
    if (at === undefined) fail('UNKNOWN_ID', `${field}.${key}`, key, { known: [...entry.componentIndex.keys()] });
    const quantity: unknown = (input as Record<string, unknown>)[key];
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
      fail('INVALID_QUANTITY', `${field}.${key}`, quantity, { min: 0, max: MAX_QUANTITY });
    }
    if (quantity === base[at]) continue;
    quantities ??= base.slice();
    quantities[at] = quantity;
  }
  return quantities ?? base;
}

/** The price of quantities in component order: base price + Σ unit price × quantity. INVALID_AMOUNT past 100 million euros. */
export function priceOf(entry: PlanEntry, quantities: readonly number[], field: string): number {
  if (quantities === entry.defaults) return entry.defaultPriceCents;
  let priceCents = entry.plan.price.cents;
  const components = entry.plan.components;
  for (let i = 0; i < components.length; i += 1) priceCents += (components[i] as Component).unitCents * (quantities[i] as number);
  if (!(priceCents <= MAX_PRICE_CENTS)) fail('INVALID_AMOUNT', field, priceCents, { max: MAX_PRICE_CENTS });
  return priceCents;
}

/** A configuration record from quantities in component order: `{ ram: 8, vcpu: 4 }`. */
export function configurationOf(plan: Plan, quantities: readonly number[]): Configuration {
  const configuration: Record<string, number> = {};
  plan.components.forEach((component, i) => {
    configuration[component.id] = quantities[i] as number;
  });
  return configuration;
}

/** The most configurations a plan entry remembers; past it, the memo starts over. */
const MAX_REMEMBERED = 512;

/** The configuration record and the contract item's name of these quantities, frozen and shared. */
export function configured(entry: PlanEntry, quantities: readonly number[]): { readonly configuration: Configuration; readonly name: string } {
  // A number for a key (no string to build): plans of up to two components with quantities below 2^26.
  const q0 = quantities.length > 0 ? (quantities[0] as number) : 0;
  const q1 = quantities.length > 1 ? (quantities[1] as number) : 0;
  if (quantities.length > 2 || q0 >= 67_108_864 || q1 >= 67_108_864) {
    return { configuration: configurationOf(entry.plan, quantities), name: configurationName(entry.plan, quantities) };
  }
  const key = q0 * 67_108_864 + q1;
  return entry.configurations.get(key) ?? keep(entry.configurations, key, Object.freeze({
    configuration: Object.freeze(configurationOf(entry.plan, quantities)),
    name: configurationName(entry.plan, quantities),
  }), MAX_REMEMBERED);
}

/** Quantities in component order from a configuration record that tarifkit wrote. */
export function quantitiesFrom(plan: Plan, configuration: Configuration): number[] {
  return plan.components.map((component) => configuration[component.id] ?? 0);
}

/** "Cloud Server (RAM 8 GB, vCPU 4)": the plan's name and the components in use; the name alone without any. */
export function configurationName(plan: Plan, quantities: readonly number[]): string {
  let words = '';
  plan.components.forEach((component, i) => {
    const quantity = quantities[i] ?? 0;
    if (quantity === 0) return;
    const part = `${component.name} ${quantity}${component.unit === undefined || component.unit === '' ? '' : ` ${component.unit}`}`;
    words = words === '' ? part : `${words}, ${part}`;
  });
  return words === '' ? plan.name : `${plan.name} (${words})`;
}

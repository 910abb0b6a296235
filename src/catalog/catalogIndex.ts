/**
 * Lookups over a validated catalog: plans by id, each plan's options by id, and
 * every option id of the catalog (to tell an unknown option from one of another
 * plan). Kept beside the frozen data, never in it, so the catalog stays JSON-safe.
 *
 * @internal
 * @module
 */
import type { Catalog, Plan, PlanOption } from './types.js';

/** A plan with its options by id. */
export interface PlanEntry {
  readonly plan: Plan;
  readonly options: ReadonlyMap<string, PlanOption>;
  /** Each option's position in `plan.options`: configurations are kept as quantities in that order. */
  readonly optionIndex: ReadonlyMap<string, number>;
  /**
   * The default quantities, in option order. Never changed, yet not frozen: the
   * index is internal and never handed out, and a plain array copies fast.
   */
  readonly defaults: readonly number[];
  /** The price of the default quantities, in minor units (checked by the catalog: at most the limit). */
  readonly defaultPriceCents: number;
  /** Each option's unit price in minor units, in option order: the hot path prices from these. */
  readonly unitCents: readonly number[];
  /** Each option's words before its quantity in a label ("RAM "), in option order. */
  readonly labelPrefixes: readonly string[];
  /** Each option's words after its quantity in a label (" GB", or nothing), in option order. */
  readonly labelSuffixes: readonly string[];
  /**
   * Each option's words with a quantity ("RAM 8 GB"), by quantity, as worded so
   * far (quantities below {@link QUANTITY_WORDS_CACHED} only): a memo that only
   * ever holds what the option's name, unit and quantity say.
   */
  readonly quantityWords: readonly (string | undefined)[][];
  /**
   * What shapes a contract's terms and their end: term, price basis, billing
   * cycle, renewal, notice and customer kind. Plans with the same key form a
   * family; a contract may switch between them mid-term.
   */
  readonly family: string;
}

function familyOf(plan: Plan): string {
  return JSON.stringify([
    plan.termMonths,
    plan.price.per,
    plan.billingCycle,
    plan.renewal,
    plan.policy.notice,
    plan.policy.customer,
  ]);
}

/** The first key equal to `key` seen in this catalog, or `key` itself (remembered). */
function sharedFamily(families: Map<string, string>, key: string): string {
  const known = families.get(key);
  if (known !== undefined) return known;
  families.set(key, key);
  return key;
}

/** The lookups of one catalog. */
export interface CatalogIndex {
  readonly plans: ReadonlyMap<string, PlanEntry>;
  readonly optionIds: ReadonlySet<string>;
}

/** Quantities below this have their words kept per option, once worded. */
export const QUANTITY_WORDS_CACHED = 1024;

/** "RAM 8 GB": option `index` of the entry's plan with a quantity, as a label shows it. */
export function quantityWords(entry: PlanEntry, index: number, quantity: number): string {
  if (quantity < QUANTITY_WORDS_CACHED) {
    const known = entry.quantityWords[index] as (string | undefined)[];
    return (known[quantity] ??= (entry.labelPrefixes[index] as string) + quantity + (entry.labelSuffixes[index] as string));
  }
  return (entry.labelPrefixes[index] as string) + quantity + (entry.labelSuffixes[index] as string);
}

const INDEXES = new WeakMap<object, CatalogIndex>();
const PLAN_ENTRIES = new WeakMap<object, PlanEntry>();

/** Builds and remembers the lookups of a catalog that was just validated. */
export function rememberIndex(catalog: Catalog): CatalogIndex {
  const plans = new Map<string, PlanEntry>();
  const optionIds = new Set<string>();
  // Plans of one family share one key string: comparing two keys is then a comparison of references.
  const families = new Map<string, string>();
  for (const plan of catalog.plans) {
    const options = new Map<string, PlanOption>();
    const optionIndex = new Map<string, number>();
    const defaults: number[] = [];
    const unitCents: number[] = [];
    const labelPrefixes: string[] = [];
    const labelSuffixes: string[] = [];
    const words: (string | undefined)[][] = [];
    let defaultPriceCents = plan.price.cents;
    plan.options.forEach((option, i) => {
      options.set(option.id, option);
      optionIndex.set(option.id, i);
      defaults.push(option.default);
      unitCents.push(option.unitCents);
      labelPrefixes.push(`${option.name} `);
      labelSuffixes.push(option.unit === '' ? '' : ` ${option.unit}`);
      words.push([]);
      defaultPriceCents += option.unitCents * option.default;
      optionIds.add(option.id);
    });
    const entry: PlanEntry = {
      plan,
      options,
      optionIndex,
      defaults,
      defaultPriceCents,
      unitCents,
      labelPrefixes,
      labelSuffixes,
      quantityWords: words,
      family: sharedFamily(families, familyOf(plan)),
    };
    plans.set(plan.id, entry);
    PLAN_ENTRIES.set(plan, entry);
  }
  const index: CatalogIndex = { plans, optionIds };
  INDEXES.set(catalog, index);
  return index;
}

/** The lookups of a catalog made by createCatalog, or undefined for anything else. */
export function knownIndex(catalog: Catalog): CatalogIndex | undefined {
  return typeof catalog === 'object' && catalog !== null ? INDEXES.get(catalog) : undefined;
}

/** The entry of a plan that came from a validated catalog, or undefined. */
export function knownPlanEntry(plan: Plan): PlanEntry | undefined {
  return typeof plan === 'object' && plan !== null ? PLAN_ENTRIES.get(plan) : undefined;
}

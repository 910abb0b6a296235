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
  /** The default quantities, in option order. */
  readonly defaults: readonly number[];
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

/** The lookups of one catalog. */
export interface CatalogIndex {
  readonly plans: ReadonlyMap<string, PlanEntry>;
  readonly optionIds: ReadonlySet<string>;
}

const INDEXES = new WeakMap<object, CatalogIndex>();
const PLAN_ENTRIES = new WeakMap<object, PlanEntry>();

/** Builds and remembers the lookups of a catalog that was just validated. */
export function rememberIndex(catalog: Catalog): CatalogIndex {
  const plans = new Map<string, PlanEntry>();
  const optionIds = new Set<string>();
  for (const plan of catalog.plans) {
    const options = new Map<string, PlanOption>();
    const optionIndex = new Map<string, number>();
    const defaults: number[] = [];
    plan.options.forEach((option, i) => {
      options.set(option.id, option);
      optionIndex.set(option.id, i);
      defaults.push(option.default);
      optionIds.add(option.id);
    });
    const entry: PlanEntry = { plan, options, optionIndex, defaults: Object.freeze(defaults), family: familyOf(plan) };
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

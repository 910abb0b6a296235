import { fail, isRecord } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import type { PricedItem } from '../items/types.js';
import { rememberIndex } from './catalogIndex.js';
import type { Catalog, CatalogData, Plan } from './types.js';
import { validatePlan } from './validatePlan.js';

/** {@link createCatalog} with the field errors start from. @internal */
export function catalogFromData(data: unknown, root: string): Catalog {
  const at = (key: string): string => (root === '' ? key : `${root}.${key}`);
  if (!isRecord(data)) fail('INVALID_CATALOG', root === '' ? 'catalog' : root, data);
  const currency = data.currency ?? 'EUR';
  if (currency !== 'EUR') fail('INVALID_CURRENCY', at('currency'), currency);
  const addOnsData = data.addOns ?? [];
  if (!Array.isArray(addOnsData) || addOnsData.length > 1000) fail('INVALID_CATALOG', at('addOns'), addOnsData);
  const addOnIds: string[] = [];
  const addOns: PricedItem[] = Array.from(addOnsData as unknown[]).map((entry: unknown, i) => {
    const item = checkItem(isRecord(entry) ? Object.freeze({ ...entry }) : entry, at(`addOns.${i}`));
    if (addOnIds.includes(item.id)) fail('DUPLICATE_ID', at(`addOns.${i}.id`), item.id);
    if (item.currency !== undefined && item.currency !== 'EUR') fail('INVALID_CURRENCY', at(`addOns.${i}.currency`), item.currency);
    addOnIds.push(item.id);
    return item;
  });
  const plansData = data.plans;
  if (!Array.isArray(plansData) || plansData.length > 10_000) fail('INVALID_CATALOG', at('plans'), plansData);
  const seen = new Set<string>();
  const plans: Plan[] = Array.from(plansData as unknown[]).map((planData: unknown, i) => {
    const plan = validatePlan(planData, at(`plans.${i}`), addOnIds);
    if (seen.has(plan.id)) fail('DUPLICATE_ID', at(`plans.${i}.id`), plan.id);
    seen.add(plan.id);
    return plan;
  });
  const catalog: Catalog = Object.freeze({ tarifkit: 1, kind: 'catalog', currency: 'EUR', plans: Object.freeze(plans), addOns: Object.freeze(addOns) });
  rememberIndex(catalog);
  return catalog;
}

/**
 * Makes a catalog from plain data, checking everything once (R1–R4, R8–R11,
 * R14, R25): plans with their price, billing cycle and timing, minimum term,
 * renewal rule, configurable components, policy, the add-ons they offer and
 * their mobile option tariff. Everything after this trusts the catalog.
 *
 * Every error names the field as a path into `data` (`plans.0.termMonths`).
 * A catalog read back from JSON is valid data again.
 *
 * @param data - the catalog as plain, JSON-safe data
 * @returns the frozen catalog; plain data again, with defaults filled in
 * @throws TarifkitError `INVALID_CATALOG` for a missing name, a term outside 1–120 months, a
 *   missing notice on a plan that renews, a price per term with renewal terms of another length;
 *   `DUPLICATE_ID` for an id given twice; `INVALID_AMOUNT` for a bad price; `INVALID_QUANTITY`
 *   for a bad default quantity; `INVALID_CYCLE` for a bad billing cycle; `INVALID_VAT_RATE`;
 *   `INVALID_CUSTOMER`; `INVALID_ITEM` for a bad add-on or option; `UNKNOWN_ID` for a plan
 *   offering an add-on the catalog has not; `INVALID_CURRENCY` for a currency other than EUR
 * @example
 * ```ts
 * import { createCatalog } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'basic', name: 'Basic',
 *     price: { cents: 10000, per: 'term' },
 *     billingCycle: { kind: 'term' }, termMonths: 12,
 *     renewal: { kind: 'fixed', months: 12 },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
 *   }],
 * });
 * catalog.plans[0]!.vatRate; // 19, the default
 * ```
 */
export function createCatalog(data: CatalogData): Catalog {
  return catalogFromData(data, '');
}

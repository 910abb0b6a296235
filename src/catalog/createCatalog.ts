import { TarifkitError } from '../errors/TarifkitError.js';
import { rememberIndex } from './catalogIndex.js';
import type { Catalog, CatalogData, Plan } from './types.js';
import { validatePlan } from './validatePlan.js';

/**
 * Makes a catalog from plain data, checking everything once (R1–R4, R25): plans
 * with their price, billing cycle, minimum term, renewal rule, options with unit
 * prices, and policy. Everything after this trusts the catalog.
 *
 * Unknown keys are ignored, so other modules may keep their own sections in the
 * same document. Every error names the field as a path into `data`.
 *
 * @param data - the catalog as plain, JSON-safe data
 * @returns the frozen catalog; plain data again, with defaults filled in
 * @throws TarifkitError `MISSING_PRICE` for a plan or option without a price,
 *   `DUPLICATE_ID` for a plan id or an option id (within its plan) given twice,
 *   `INVALID_TERM` for a term or renewal that is not a whole number of months from 1 to 120,
 *   `INVALID_AMOUNT` for a negative or fractional price, `INVALID_QUANTITY` for a bad default quantity,
 *   `UNKNOWN_CYCLE_KIND` / `INVALID_CYCLE` for a bad billing cycle, `INVALID_VAT_RATE`,
 *   `UNSUPPORTED_CURRENCY` for a currency other than EUR, and `INVALID_CATALOG` for anything else
 *   (a missing name, a missing notice on a plan that renews, a price per term with renewal terms
 *   of another length)
 * @example
 * ```ts
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'basic', name: 'Basic',
 *     price: { cents: 10000, per: 'term' },
 *     billingCycle: { kind: 'term' }, termMonths: 12,
 *     renewal: { kind: 'fixed', months: 12 },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' },
 *   }],
 * });
 * catalog.plans[0].vatRate; // 19, the default
 *
 * // A term of 0 months is refused, and the error says where:
 * createCatalog({ plans: [{ ...plan, termMonths: 0 }] }); // throws INVALID_TERM, field "plans[0].termMonths"
 * ```
 */
export function createCatalog(data: CatalogData): Catalog {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TarifkitError('INVALID_CATALOG', { field: 'catalog', value: data });
  }
  const currency = (data as { currency?: unknown }).currency ?? 'EUR';
  if (currency !== 'EUR') throw new TarifkitError('UNSUPPORTED_CURRENCY', { field: 'currency', value: currency });
  const plansData: unknown = (data as { plans?: unknown }).plans;
  if (!Array.isArray(plansData)) throw new TarifkitError('INVALID_CATALOG', { field: 'plans', value: plansData });
  const seen = new Set<string>();
  const plans: Plan[] = plansData.map((planData: unknown, i) => {
    const plan = validatePlan(planData, `plans[${i}]`);
    if (seen.has(plan.id)) throw new TarifkitError('DUPLICATE_ID', { field: `plans[${i}].id`, value: plan.id });
    seen.add(plan.id);
    return plan;
  });
  const catalog: Catalog = Object.freeze({ currency: 'EUR', plans: Object.freeze(plans) });
  rememberIndex(catalog);
  return catalog;
}

import { moneyFromCents } from '../money/cents.js';
import type { Money } from '../money/types.js';
import { planEntryOf, resolveConfiguration } from './resolve.js';
import type { Configuration, Plan } from './types.js';

/**
 * The price of a plan in a configuration: the plan's base price plus, for each
 * option, its unit price times its quantity (per term or per billing period, as
 * the plan's price is). Options left out count at their default quantity.
 *
 * @param plan - a plan of a catalog
 * @param configuration - option id → quantity, an integer of 0 or more
 * @returns the price
 * @throws TarifkitError `UNKNOWN_OPTION` (field `configuration.<id>`) for an option the plan has not,
 *   `INVALID_QUANTITY` for a negative or fractional quantity, `CONFIGURATION_MISMATCH` for a value
 *   that is not a record, `INVALID_AMOUNT` above 100 million euros
 * @example
 * ```ts
 * // Base 20 €, RAM 2 €/GB, vCPU 5 €, disk 0,10 €/GB; a quantity of 0 is allowed.
 * toCents(configurationPrice(plan, { ram: 8, vcpu: 4, disk: 0 })); // 2000 + 1600 + 2000 = 5600
 * configurationPrice(plan, { ram: 1.5 }); // throws INVALID_QUANTITY
 * ```
 */
export function configurationPrice(plan: Plan, configuration: Configuration): Money {
  const entry = planEntryOf(plan);
  const resolved = resolveConfiguration(entry, configuration, entry.defaults, 'configuration', null);
  return moneyFromCents(resolved.priceCents);
}

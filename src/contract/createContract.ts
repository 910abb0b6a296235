import { epochDayFromInput } from '../calendar/parseDate.js';
import { resolveConfiguration, validCatalog } from '../catalog/resolve.js';
import type { Catalog } from '../catalog/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { ContractValue, type ContractBasis } from './contractValue.js';
import { priceShape } from './pricing.js';
import { firstTermEnd, termShape } from './terms.js';
import type { Contract, CreateContractInput } from './types.js';
import { VersionValue } from './version.js';

/**
 * Makes a contract from a plan of the catalog, a configuration and a start day
 * (R1). Its first term runs `termMonths` months from the start; what follows is
 * the plan's renewal rule.
 *
 * @param catalog - the catalog, from {@link createCatalog}
 * @param input - the plan id, the configuration (options left out take their defaults), the start day
 * @returns the contract, with one version from the start
 * @throws TarifkitError `UNKNOWN_PLAN` (field `input.planId`), `INVALID_DATE` (field `input.start`),
 *   `UNKNOWN_OPTION` for an option no plan has, `CONFIGURATION_MISMATCH` for an option of another plan
 *   or a configuration that is not a record, `INVALID_QUANTITY` for a negative or fractional quantity
 *   (fields `input.configuration.<option>`)
 * @example
 * ```ts
 * // Started on January 31st with a one-month term: the term ends with February,
 * // clamped, and the next term goes back to the 31st.
 * const contract = createContract(catalog, { planId: 'monthly', start: '2026-01-31' });
 * contract.term.toString(); // "[2026-01-31, 2026-02-28)"
 * contract.nextTerm?.toString(); // "[2026-02-28, 2026-03-31)"
 * ```
 */
export function createContract(catalog: Catalog, input: CreateContractInput): Contract {
  const valid = validCatalog(catalog);
  const given = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof CreateContractInput, unknown>>;
  const planId = given.planId;
  const entry = typeof planId === 'string' ? valid.index.plans.get(planId) : undefined;
  if (entry === undefined) throw new TarifkitError('UNKNOWN_PLAN', { field: 'input.planId', value: planId });
  const startDay = epochDayFromInput(given.start, 'input.start');
  const plan = entry.plan;
  const resolved = resolveConfiguration(entry, given.configuration, entry.defaults, 'input.configuration', valid.index.optionIds);
  const first = new VersionValue(startDay, entry, resolved.quantities, resolved.priceCents, 'start', null);
  const shape = termShape(startDay, plan.termMonths, plan.renewal);
  const price = priceShape(plan, startDay);
  const basis: ContractBasis = {
    startDay: shape.startDay,
    year: shape.year,
    month: shape.month,
    day: shape.day,
    termMonths: shape.termMonths,
    renewalMonths: shape.renewalMonths,
    openEnded: shape.openEnded,
    uncancelledEndDay: shape.renewalMonths === 0 ? firstTermEnd(shape) : null,
    perTerm: price.perTerm,
    core: price.core,
    id: typeof given.id === 'string' ? given.id : null,
    catalog: valid.catalog,
    index: valid.index,
    family: plan,
  };
  return new ContractValue(basis, first, startDay, null, undefined);
}

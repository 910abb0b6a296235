import { dayOf, isoOf } from '../calendar/days.js';
import { planEntryOf } from '../catalog/catalogIndex.js';
import { trusted } from './trusted.js';
import type { Catalog } from '../catalog/types.js';
import { contractOf } from '../contract/decide.js';
import { billingCoreOf } from '../contract/model.js';
import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import type { Plan } from '../catalog/types.js';
import type { AddOnBooking } from '../addons/types.js';
import { fail, isRecord, recordOf } from '../errors/fail.js';
import { quantityOf } from '../money/cents.js';
import { basisOf } from '../proration/prorate.js';
import { holidaySet } from '../rules/withdrawalDays.js';
import { DEFAULT_TIME_ZONE, timeZoneOf } from '../rules/zone.js';
import { catalogIndexOf } from './engine.js';
import { numberedId } from './numberedId.js';
import type { InitialAddOn, Subscription, SubscriptionInput } from './types.js';

const NO_DAYS: readonly string[] = Object.freeze([]);
const NO_ADD_ONS: readonly InitialAddOn[] = Object.freeze([]);

function byNumber(a: number, b: number): number {
  return a - b;
}

/** The first invoice day: the start (in advance), or the end of the first billing period (in arrears), never after the end. */
function firstInvoiceDay(inAdvance: boolean, cycle: Plan['billingCycle'], startDay: number, termMonths: number, end: string | null): number {
  let day = startDay;
  if (!inAdvance) {
    const core = billingCoreOf(cycle, startDay, termMonths);
    day = startOfIndex(core, indexContaining(core, startDay) + 1);
  }
  if (end !== null) {
    const endDay = dayOf(end, 'end');
    if (endDay < day) day = endDay;
  }
  return day;
}

/**
 * Makes a subscription (R1, R26): one customer's contract of a plan, with the
 * add-ons ordered along, on an empty event log. Nothing is invoiced yet: the
 * first invoice is due on the start day (billing in advance) or after the
 * first period (in arrears); {@link advance} issues it.
 *
 * @param catalog - the catalog, from {@link createCatalog} (or read back from JSON)
 * @param input - the plan, start day, configuration, add-ons ordered along, time zone, holidays, basis and id
 * @returns the subscription: plain data
 * @throws TarifkitError `INVALID_ARGUMENT` for an input that is no record, `UNKNOWN_ID` for an
 *   unknown plan, component or add-on (field `input.planId`, `input.configuration.<id>`,
 *   `input.addOns.<i>.addOnId`), `INVALID_QUANTITY`, `INVALID_DATE`, `INVALID_TIME_ZONE`,
 *   `INVALID_HOLIDAYS`, `INVALID_BASIS`, and the codes of {@link createCatalog} for a catalog that is not valid
 * @example
 * ```ts
 * import { advance, createCatalog, createSubscription } from 'tarifkit';
 *
 * const catalog = createCatalog({
 *   plans: [{
 *     id: 'crm', name: 'CloudCRM', price: { cents: 4900, per: 'billingPeriod' }, billingCycle: { kind: 'monthly' },
 *     termMonths: 1, renewal: { kind: 'openEnded' },
 *     policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
 *   }],
 *   addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 * });
 * const subscription = createSubscription(catalog, { planId: 'crm', start: '2026-03-18', addOns: [{ addOnId: 'users', quantity: 2 }] });
 * subscription.nextInvoiceOn; // "2026-03-18"
 * advance(subscription, '2026-03-18').invoices[0]!.netCents; // 6080: the plan and two users
 * ```
 */
export function createSubscription(catalog: Catalog, input: SubscriptionInput): Subscription {
  const index = catalogIndexOf(catalog, 'catalog');
  const data = recordOf(input, 'input');
  const entry = planEntryOf(index, data.planId, 'input.planId');
  const startDay = dayOf(data.start, 'input.start');
  const contract = contractOf(entry, startDay, data.configuration, 'input.configuration');
  const timeZone = timeZoneOf(data.timeZone ?? DEFAULT_TIME_ZONE, 'input.timeZone');
  const holidayDays = holidaySet(data.holidays, 'input.holidays');
  const holidays = holidayDays.size === 0 ? NO_DAYS : [...holidayDays].sort(byNumber).map(isoOf);
  const basis = basisOf(data.basis, 'input.basis');
  if (data.id !== undefined && (typeof data.id !== 'string' || data.id === '')) fail('INVALID_ARGUMENT', 'input.id', data.id);
  const addOnsData = data.addOns ?? [];
  if (!Array.isArray(addOnsData) || addOnsData.length > 1000) fail('INVALID_ARGUMENT', 'input.addOns', addOnsData);
  const initial: InitialAddOn[] = addOnsData.length === 0 ? (NO_ADD_ONS as InitialAddOn[]) : [];
  const addOns: AddOnBooking[] = [];
  // A loop, not map: a list with holes is refused at the hole.
  for (let i = 0; i < addOnsData.length; i += 1) {
    const value: unknown = addOnsData[i];
    const field = `input.addOns.${i}`;
    if (!isRecord(value)) fail('INVALID_ARGUMENT', field, value);
    const item = typeof value.addOnId === 'string' ? entry.addOns.get(value.addOnId) : undefined;
    if (item === undefined) fail('UNKNOWN_ID', `${field}.addOnId`, value.addOnId, { known: [...entry.addOns.keys()] });
    const quantity = quantityOf(value.quantity, `${field}.quantity`);
    initial.push({ addOnId: item.id, quantity });
    addOns.push({ id: numberedId(item.id, i + 1), addOnId: item.id, bookedOn: contract.start, quantities: [{ from: contract.start, quantity }], ending: null });
  }
  const first = firstInvoiceDay(contract.billing === 'inAdvance', entry.plan.billingCycle, startDay, contract.termMonths, contract.end);
  return trusted({
    tarifkit: 1,
    kind: 'subscription',
    id: (data.id as string | undefined) ?? null,
    catalog: index.catalog,
    order: {
      planId: entry.plan.id,
      start: contract.start,
      configuration: (contract.versions[0] as { configuration: Record<string, number> }).configuration,
      addOns: initial,
      timeZone,
      holidays,
      basis,
    },
    customer: contract.customer,
    timeZone,
    contract,
    addOns,
    options: [],
    events: [],
    invoices: [],
    pending: [],
    nextInvoiceOn: isoOf(first),
    advancedTo: null,
  });
}

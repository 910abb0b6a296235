/**
 * A subscription from an order (R1, R26, R30): what {@link createSubscription} makes, and
 * what a replay starts from. A new order (`stored` false) reads `input.state` and takes the
 * nationwide holidays by default; a stored order (`stored` true) keeps its
 * `publicHolidays` as stored, none when it has none.
 *
 * @internal
 * @module
 */
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
import { holidaySet, instructedOf } from '../rules/withdrawalDays.js';
import { DEFAULT_TIME_ZONE, timeZoneOf } from '../rules/zone.js';
import { catalogIndexOf } from './engine.js';
import { numberedId } from './numberedId.js';
import type { InitialAddOn, Subscription, SubscriptionInput } from './types.js';
import { regionOf } from '../holidays/calendar.js';
import type { HolidayRegion } from '../holidays/types.js';

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

/** The region of a new order: its `state`, else the `publicHolidays` of an order passed back, else nationwide. */
function regionOfInput(data: Readonly<Record<string, unknown>>): HolidayRegion {
  if (data.state !== undefined || data.publicHolidays === undefined) return regionOf(data.state, 'input.state');
  return data.publicHolidays === 'DE' ? 'DE' : regionOf(data.publicHolidays, 'input.publicHolidays');
}

/** Makes a subscription from an input or a stored order; see {@link createSubscription}. */
export function subscriptionOf(catalog: Catalog, input: SubscriptionInput, stored: boolean): Subscription {
  const index = catalogIndexOf(catalog, 'catalog');
  const data = recordOf(input, 'input');
  const entry = planEntryOf(index, data.planId, 'input.planId');
  const startDay = dayOf(data.start, 'input.start');
  const contract = contractOf(entry, startDay, data.configuration, 'input.configuration');
  const timeZone = timeZoneOf(data.timeZone ?? DEFAULT_TIME_ZONE, 'input.timeZone');
  const holidayDays = holidaySet(data.holidays, 'input.holidays');
  const holidays = holidayDays.size === 0 ? NO_DAYS : [...holidayDays].sort(byNumber).map(isoOf);
  // A stored order keeps the region it was decided with (none before the built-in holidays).
  const publicHolidays = stored ? (data.publicHolidays as HolidayRegion | undefined) : regionOfInput(data);
  const basis = basisOf(data.basis, 'input.basis');
  const instructed = instructedOf(data.instructed, 'input.instructed');
  if (data.earlyStart !== undefined && typeof data.earlyStart !== 'boolean') fail('INVALID_ARGUMENT', 'input.earlyStart', data.earlyStart);
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
      ...(publicHolidays === undefined ? {} : { publicHolidays }),
      basis,
      // The withdrawal facts only when they differ from the default, as the last fields (R31).
      ...(instructed ? {} : { instructed: false as const }),
      ...(data.earlyStart === true ? { earlyStart: true as const } : {}),
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

/**
 * Checks one plan of catalog data and returns it frozen, defaults filled in
 * (R1–R4, R8–R11, R25). Every error names the field as a path into the catalog
 * data (`plans.1.components.0.unitCents`).
 *
 * @internal
 * @module
 */
import { cycleFromSpec } from '../calendar/createCycle.js';
import { fail, isRecord } from '../errors/fail.js';
import { checkItem, isVatRate } from '../items/checkItem.js';
import type { VatRate } from '../items/types.js';
import { MAX_PRICE_CENTS, MAX_QUANTITY, MAX_TERM_MONTHS } from './limits.js';
import type {
  BillingTiming,
  CatalogOption,
  Component,
  NoticePeriod,
  OptionTariff,
  Plan,
  PlanCycle,
  PlanPolicy,
  PlanPrice,
  RenewalRule,
} from './types.js';

type Data = Readonly<Record<string, unknown>>;

function record(value: unknown, field: string): Data {
  if (!isRecord(value)) fail('INVALID_CATALOG', field, value);
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500) fail('INVALID_CATALOG', field, value);
  return value;
}

/** A priced item's id: a component or option is an item, so a bad id is INVALID_ITEM, as in every item. */
function itemId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) fail('INVALID_ITEM', field, value);
  return value;
}

function cents(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_PRICE_CENTS) {
    fail('INVALID_AMOUNT', field, value, { min: 0, max: MAX_PRICE_CENTS });
  }
  return value + 0;
}

function months(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_TERM_MONTHS) {
    fail('INVALID_CATALOG', field, value, { reason: 'a whole number of months from 1 to 120' });
  }
  return value;
}

function price(value: unknown, field: string): PlanPrice {
  const data = record(value, field);
  const amount = cents(data.cents, `${field}.cents`);
  if (data.per !== 'term' && data.per !== 'billingPeriod') fail('INVALID_CATALOG', `${field}.per`, data.per);
  return Object.freeze({ cents: amount, per: data.per });
}

/** @internal */
export function billingCycle(value: unknown, field: string): PlanCycle {
  const data = record(value, field);
  switch (data.kind) {
    case 'term':
    case 'calendarMonth':
      return Object.freeze({ kind: data.kind });
    case 'monthly':
    case 'yearly':
      // createCycle checks stray lengths (`months` on a monthly cycle); the anchor is the contract's.
      cycleFromSpec({ ...data, anchor: '2000-01-01' }, field);
      return Object.freeze({ kind: data.kind });
    case 'days': {
      const cycle = cycleFromSpec({ kind: 'days', days: data.days, anchor: '2000-01-01' }, field) as { days: number };
      return Object.freeze({ kind: 'days', days: cycle.days });
    }
    default:
      return fail('INVALID_CYCLE', `${field}.kind`, data.kind);
  }
}

/** @internal */
export function renewal(value: unknown, field: string): RenewalRule {
  const data = record(value, field);
  switch (data.kind) {
    case 'none':
    case 'openEnded':
      return Object.freeze({ kind: data.kind });
    case 'fixed':
      return Object.freeze({ kind: 'fixed', months: months(data.months, `${field}.months`) });
    default:
      return fail('INVALID_CATALOG', `${field}.kind`, data.kind);
  }
}

const NOTICE_LIMIT: Readonly<Record<string, number>> = { day: 3660, week: 523, month: MAX_TERM_MONTHS };

/** @internal */
export function notice(value: unknown, field: string): NoticePeriod {
  const data = record(value, field);
  const limit = typeof data.unit === 'string' && Object.hasOwn(NOTICE_LIMIT, data.unit) ? NOTICE_LIMIT[data.unit] : undefined;
  if (limit === undefined) fail('INVALID_CATALOG', `${field}.unit`, data.unit);
  const count = data.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > limit) fail('INVALID_CATALOG', `${field}.count`, count);
  return Object.freeze({ unit: data.unit as NoticePeriod['unit'], count });
}

function policy(value: unknown, field: string, renews: boolean): PlanPolicy {
  const data = record(value, field);
  if (typeof data.optionsChangeable !== 'boolean') fail('INVALID_CATALOG', `${field}.optionsChangeable`, data.optionsChangeable);
  if (data.customer !== 'consumer' && data.customer !== 'business') fail('INVALID_CUSTOMER', `${field}.customer`, data.customer);
  let noticePeriod: NoticePeriod;
  if (data.notice === undefined) {
    if (renews) fail('INVALID_CATALOG', `${field}.notice`, data.notice, { reason: 'a plan that renews needs a notice period' });
    noticePeriod = Object.freeze({ unit: 'day', count: 0 });
  } else {
    noticePeriod = notice(data.notice, `${field}.notice`);
  }
  const telecom = data.telecom ?? false;
  if (typeof telecom !== 'boolean') fail('INVALID_CATALOG', `${field}.telecom`, data.telecom);
  const smallBusiness = data.smallBusiness ?? false;
  if (typeof smallBusiness !== 'boolean') fail('INVALID_CATALOG', `${field}.smallBusiness`, data.smallBusiness);
  if (smallBusiness && (!telecom || data.customer !== 'business')) {
    fail('INVALID_CATALOG', `${field}.smallBusiness`, data.smallBusiness, { reason: 'only a telecom plan for business customers names small businesses' });
  }
  const checked: PlanPolicy = { optionsChangeable: data.optionsChangeable, notice: noticePeriod, customer: data.customer as PlanPolicy['customer'] };
  // The telecom fields are written only when true: a plan without them stores as before.
  if (!telecom) return Object.freeze(checked);
  if (!smallBusiness) return Object.freeze({ ...checked, telecom: true as const });
  return Object.freeze({ ...checked, telecom: true as const, smallBusiness: true as const });
}

function list(value: unknown, field: string, max = 1000): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) fail('INVALID_CATALOG', field, value);
  // Dense: a hole of a sparse array is read as undefined and refused with its index, never skipped.
  return Array.from(value as unknown[]);
}

function components(value: unknown, field: string, vatRate: VatRate): Component[] {
  const seen = new Set<string>();
  return list(value, field).map((entry, j) => {
    const at = `${field}.${j}`;
    const data = record(entry, at);
    const id = itemId(data.id, `${at}.id`);
    if (seen.has(id)) fail('DUPLICATE_ID', `${at}.id`, id);
    seen.add(id);
    const quantity = data.default ?? 0;
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
      fail('INVALID_QUANTITY', `${at}.default`, data.default, { min: 0, max: MAX_QUANTITY });
    }
    const item = checkItem(Object.freeze({ ...data, vatRate, default: quantity }), at);
    return item as Component;
  });
}

function optionTariff(value: unknown, field: string): OptionTariff | null {
  // null is what a validated plan without options carries: its JSON reads back.
  if (value === undefined || value === null) return null;
  const data = record(value, field);
  const kind = data.kind;
  if (kind !== 'optionTariff' && kind !== 'packageTariff' && kind !== 'postpaidMonth') fail('INVALID_CATALOG', `${field}.kind`, kind);
  const tariffDays = data.cycleDays ?? 28;
  if (tariffDays !== 28 && tariffDays !== 30) fail('INVALID_CYCLE', `${field}.cycleDays`, data.cycleDays);
  if (kind !== 'optionTariff' && data.cycleDays !== undefined) fail('INVALID_CATALOG', `${field}.cycleDays`, data.cycleDays, { reason: 'only option tariffs run options on their own cycle' });
  const seen = new Set<string>();
  const options = list(data.options, `${field}.options`).map((entry, j) => {
    const at = `${field}.options.${j}`;
    const option = record(entry, at);
    const id = itemId(option.id, `${at}.id`);
    if (seen.has(id)) fail('DUPLICATE_ID', `${at}.id`, id);
    seen.add(id);
    let cycleDays = 0;
    if (kind === 'optionTariff') {
      cycleDays = (option.cycleDays ?? tariffDays) as number;
      if (cycleDays !== 28 && cycleDays !== 30) fail('INVALID_CYCLE', `${at}.cycleDays`, option.cycleDays);
    } else if (option.cycleDays !== undefined && option.cycleDays !== 0) {
      // 0 is what a validated option of a package or postpaid tariff carries: its JSON reads back.
      fail('INVALID_CATALOG', `${at}.cycleDays`, option.cycleDays, { reason: 'only option tariffs run options on their own cycle' });
    }
    return checkItem(Object.freeze({ ...option, cycleDays }), at) as CatalogOption;
  });
  return Object.freeze({ kind, options: Object.freeze(options) });
}

/** Validates `plans.<i>` of catalog data against the catalog's add-on ids and returns the frozen plan. */
export function validatePlan(value: unknown, field: string, addOnIds: readonly string[]): Plan {
  const data = record(value, field);
  const id = text(data.id, `${field}.id`);
  const name = text(data.name, `${field}.name`);
  const planPrice = price(data.price, `${field}.price`);
  const termMonths = months(data.termMonths, `${field}.termMonths`);
  const cycle = billingCycle(data.billingCycle, `${field}.billingCycle`);
  const billing: BillingTiming = (data.billing ?? 'inAdvance') as BillingTiming;
  if (billing !== 'inAdvance' && billing !== 'inArrears') fail('INVALID_CATALOG', `${field}.billing`, data.billing);
  const rule = renewal(data.renewal, `${field}.renewal`);
  if (planPrice.per === 'term' && (rule.kind === 'openEnded' || (rule.kind === 'fixed' && rule.months !== termMonths))) {
    // A price for the whole term fixes what one term costs; renewal terms of another length have no price.
    fail('INVALID_CATALOG', `${field}.renewal`, data.renewal, { reason: 'a price per term needs renewal terms as long as the first term' });
  }
  if (cycle.kind === 'term' && (rule.kind === 'openEnded' || (rule.kind === 'fixed' && rule.months !== termMonths))) {
    fail('INVALID_CATALOG', `${field}.billingCycle`, data.billingCycle, { reason: 'a billing period of one term needs renewal terms as long as the first term' });
  }
  const planPolicy = policy(data.policy, `${field}.policy`, rule.kind !== 'none');
  const vatRate = data.vatRate ?? 19;
  if (!isVatRate(vatRate)) fail('INVALID_VAT_RATE', `${field}.vatRate`, data.vatRate);
  const planComponents = components(data.components, `${field}.components`, vatRate);
  let defaultPrice = planPrice.cents;
  for (const component of planComponents) defaultPrice += component.unitCents * component.default;
  if (!(defaultPrice <= MAX_PRICE_CENTS)) fail('INVALID_AMOUNT', `${field}.components`, defaultPrice, { max: MAX_PRICE_CENTS });
  let addOns: readonly string[] = addOnIds;
  if (data.addOns !== undefined) {
    addOns = list(data.addOns, `${field}.addOns`).map((addOnId, j) => {
      if (typeof addOnId !== 'string' || !addOnIds.includes(addOnId)) fail('UNKNOWN_ID', `${field}.addOns.${j}`, addOnId, { known: addOnIds });
      return addOnId;
    });
  }
  return Object.freeze({
    id,
    name,
    price: planPrice,
    billingCycle: cycle,
    billing,
    termMonths,
    renewal: rule,
    policy: planPolicy,
    vatRate,
    components: Object.freeze(planComponents),
    addOns: Object.freeze([...addOns]),
    optionTariff: optionTariff(data.optionTariff, `${field}.optionTariff`),
  });
}

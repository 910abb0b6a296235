/**
 * Checks one plan of catalog data and returns it frozen, defaults filled in
 * (R1–R4, R25). Every error names the field as a path into the catalog data
 * (`plans[1].options[0].unitCents`).
 *
 * @internal
 * @module
 */
import { createCycle } from '../calendar/createCycle.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { TarifkitErrorCode } from '../errors/codes.js';
import type { VatRate } from '../lines/types.js';
import { MAX_PRICE_CENTS, MAX_QUANTITY, MAX_TERM_MONTHS } from './limits.js';
import type {
  Configuration,
  NoticePeriod,
  Plan,
  PlanCycleData,
  PlanOption,
  PlanPolicy,
  PlanPriceData,
  RenewalRule,
} from './types.js';

type Record_ = Readonly<Record<string, unknown>>;

function fail(code: TarifkitErrorCode, field: string, value: unknown): never {
  throw new TarifkitError(code, { field, value });
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, field: string): Record_ {
  if (!isRecord(value)) fail('INVALID_CATALOG', field, value);
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail('INVALID_CATALOG', field, value);
  return value;
}

function cents(value: unknown, field: string): number {
  if (value === undefined || value === null) fail('MISSING_PRICE', field, value);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_PRICE_CENTS) {
    fail('INVALID_AMOUNT', field, value);
  }
  return value;
}

function months(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_TERM_MONTHS) {
    fail('INVALID_TERM', field, value);
  }
  return value;
}

function price(value: unknown, field: string): PlanPriceData {
  if (value === undefined || value === null) fail('MISSING_PRICE', field, value);
  const data = record(value, field);
  const amount = cents(data.cents, `${field}.cents`);
  if (data.per !== 'term' && data.per !== 'billingPeriod') fail('INVALID_CATALOG', `${field}.per`, data.per);
  return Object.freeze({ cents: amount, per: data.per });
}

function billingCycle(value: unknown, field: string): PlanCycleData {
  const data = record(value, field);
  switch (data.kind) {
    case 'term':
      return Object.freeze({ kind: 'term' });
    case 'calendarMonth':
    case 'monthly':
    case 'yearly':
      // createCycle checks stray lengths (`months` on a monthly cycle); the anchor is the contract's.
      createCycle({ ...data, kind: data.kind, anchor: '2000-01-01' } as never, field);
      return Object.freeze({ kind: data.kind });
    case 'days': {
      const cycle = createCycle({ kind: 'days', days: data.days as number, anchor: '2000-01-01' }, field);
      return Object.freeze({ kind: 'days', days: (cycle as { days: number }).days });
    }
    default:
      return fail('UNKNOWN_CYCLE_KIND', `${field}.kind`, data.kind);
  }
}

function renewal(value: unknown, field: string): RenewalRule {
  const data = record(value, field);
  switch (data.kind) {
    case 'none':
      return Object.freeze({ kind: 'none' });
    case 'openEnded':
      return Object.freeze({ kind: 'openEnded' });
    case 'fixed':
      return Object.freeze({ kind: 'fixed', months: months(data.months, `${field}.months`) });
    default:
      return fail('INVALID_CATALOG', `${field}.kind`, data.kind);
  }
}

const NOTICE_LIMIT: Readonly<Record<string, number>> = { day: 3660, week: 523, month: MAX_TERM_MONTHS };

function notice(value: unknown, field: string): NoticePeriod {
  const data = record(value, field);
  const limit = typeof data.unit === 'string' ? NOTICE_LIMIT[data.unit] : undefined;
  if (limit === undefined) fail('INVALID_CATALOG', `${field}.unit`, data.unit);
  const count = data.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > limit) {
    fail('INVALID_CATALOG', `${field}.count`, count);
  }
  return Object.freeze({ unit: data.unit as NoticePeriod['unit'], count });
}

function policy(value: unknown, field: string, renews: boolean): PlanPolicy {
  const data = record(value, field);
  if (typeof data.optionsChangeable !== 'boolean') fail('INVALID_CATALOG', `${field}.optionsChangeable`, data.optionsChangeable);
  if (data.upgrades !== undefined && data.upgrades !== 'immediate') fail('INVALID_CATALOG', `${field}.upgrades`, data.upgrades);
  if (data.downgrades !== undefined && data.downgrades !== 'termEnd') fail('INVALID_CATALOG', `${field}.downgrades`, data.downgrades);
  if (data.customer !== 'consumer' && data.customer !== 'business') fail('INVALID_CATALOG', `${field}.customer`, data.customer);
  let noticePeriod: NoticePeriod;
  if (data.notice === undefined) {
    if (renews) fail('INVALID_CATALOG', `${field}.notice`, data.notice);
    noticePeriod = Object.freeze({ unit: 'day', count: 0 });
  } else {
    noticePeriod = notice(data.notice, `${field}.notice`);
  }
  return Object.freeze({
    optionsChangeable: data.optionsChangeable,
    upgrades: 'immediate',
    downgrades: 'termEnd',
    notice: noticePeriod,
    customer: data.customer,
  });
}

function options(value: unknown, field: string): PlanOption[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('INVALID_CATALOG', field, value);
  const seen = new Set<string>();
  return value.map((item: unknown, j) => {
    const at = `${field}[${j}]`;
    const data = record(item, at);
    const id = text(data.id, `${at}.id`);
    if (seen.has(id)) fail('DUPLICATE_ID', `${at}.id`, id);
    seen.add(id);
    const name = text(data.name, `${at}.name`);
    if (data.unit !== undefined && typeof data.unit !== 'string') fail('INVALID_CATALOG', `${at}.unit`, data.unit);
    const unitCents = cents(data.unitCents, `${at}.unitCents`);
    const quantity = data.default ?? 0;
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
      fail('INVALID_QUANTITY', `${at}.default`, data.default);
    }
    return Object.freeze({ id, name, unit: data.unit ?? '', unitCents, default: quantity });
  });
}

const VAT_RATES: readonly unknown[] = [19, 7, 0];

/** Validates `plans[i]` of catalog data and returns the frozen plan. */
export function validatePlan(value: unknown, field: string): Plan {
  const data = record(value, field);
  const id = text(data.id, `${field}.id`);
  const name = text(data.name, `${field}.name`);
  const planPrice = price(data.price, `${field}.price`);
  const termMonths = months(data.termMonths, `${field}.termMonths`);
  const cycle = billingCycle(data.billingCycle, `${field}.billingCycle`);
  const rule = renewal(data.renewal, `${field}.renewal`);
  if (planPrice.per === 'term' && (rule.kind === 'openEnded' || (rule.kind === 'fixed' && rule.months !== termMonths))) {
    // A price for the whole term fixes what one term costs; renewal terms of another length have no price.
    fail('INVALID_CATALOG', `${field}.renewal`, 'a price per term needs renewal terms as long as the first term; give a price per billing period instead');
  }
  if (cycle.kind === 'term' && (rule.kind === 'openEnded' || (rule.kind === 'fixed' && rule.months !== termMonths))) {
    // A billing period of one term must be one term long, first or renewed.
    fail('INVALID_CATALOG', `${field}.billingCycle`, 'a billing period of one term needs renewal terms as long as the first term');
  }
  const planOptions = options(data.options, `${field}.options`);
  const planPolicy = policy(data.policy, `${field}.policy`, rule.kind !== 'none');
  const vatRate = data.vatRate ?? 19;
  if (!VAT_RATES.includes(vatRate)) fail('INVALID_VAT_RATE', `${field}.vatRate`, data.vatRate);
  const defaults: Record<string, number> = {};
  let defaultPrice = planPrice.cents;
  for (const option of planOptions) {
    defaults[option.id] = option.default;
    defaultPrice += option.unitCents * option.default;
  }
  if (!(defaultPrice <= MAX_PRICE_CENTS)) fail('INVALID_AMOUNT', `${field}.options`, defaultPrice);
  const defaultConfiguration: Configuration = Object.freeze(defaults);
  return Object.freeze({
    id,
    name,
    price: planPrice,
    billingCycle: cycle,
    termMonths,
    renewal: rule,
    options: Object.freeze(planOptions),
    policy: planPolicy,
    vatRate: vatRate as VatRate,
    defaultConfiguration,
  });
}

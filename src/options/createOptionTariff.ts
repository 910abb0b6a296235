import { createCycle } from '../calendar/createCycle.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { assertNonNegativeCents, DEFAULT_CURRENCY } from '../money/cents.js';
import type { Currency } from '../money/types.js';
import { DEFAULT_TIME_ZONE, timeZoneOf } from '../rules/zone.js';
import type { OptionDefinition, OptionTariff, OptionTariffSpec, TariffOption } from './types.js';

/** Four weeks: the default option period (R7, R8). */
const FOUR_WEEKS = 28;

function cycleDaysOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 3660) {
    throw new TarifkitError('INVALID_CYCLE', { field, value });
  }
  return value;
}

function currencyOf(value: unknown): Currency {
  if (value === undefined) return DEFAULT_CURRENCY;
  const c = value as Partial<Currency> | null;
  if (typeof c !== 'object' || c === null || typeof c.code !== 'string' || typeof c.exponent !== 'number' || typeof c.base !== 'number') {
    throw new TarifkitError('UNSUPPORTED_CURRENCY', { field: 'tariff.currency', value });
  }
  return value as Currency;
}

function optionOf(input: unknown, index: number, defaultDays: number, seen: Set<string>): TariffOption {
  const field = `tariff.options[${index}]`;
  if (typeof input !== 'object' || input === null) throw new TarifkitError('INVALID_CATALOG', { field, value: input });
  const o = input as Partial<Record<keyof OptionDefinition, unknown>>;
  if (typeof o.id !== 'string' || o.id.length === 0) throw new TarifkitError('INVALID_CATALOG', { field: `${field}.id`, value: o.id });
  if (seen.has(o.id)) throw new TarifkitError('DUPLICATE_ID', { field: `${field}.id`, value: o.id });
  seen.add(o.id);
  if (typeof o.name !== 'string' || o.name.length === 0) throw new TarifkitError('INVALID_CATALOG', { field: `${field}.name`, value: o.name });
  const unitCents = assertNonNegativeCents(o.unitCents, `${field}.unitCents`);
  if (o.vatRate !== 19 && o.vatRate !== 7 && o.vatRate !== 0) {
    throw new TarifkitError('INVALID_VAT_RATE', { field: `${field}.vatRate`, value: o.vatRate });
  }
  const cycleDays = defaultDays === 0 ? 0
    : o.cycleDays === undefined ? defaultDays : cycleDaysOf(o.cycleDays, `${field}.cycleDays`);
  return Object.freeze({ id: o.id, name: o.name, unitCents, vatRate: o.vatRate, cycleDays });
}

/**
 * Checks a tariff and its options once, so that every account on it can trust them
 * (R8–R11). Three kinds:
 *
 * - `optionTariff`: each option on its own cycle of `cycleDays` days (default 28; 30 for
 *   legacy tariffs; an option may set its own) from its activation day (R8, R10);
 * - `packageTariff`: options follow the package's cycle; a booking mid-period is
 *   pre-booked for the next period start (R9);
 * - `postpaidMonth`: calendar months; a mid-month booking is charged pro rata and the
 *   option renews on the 1st (R11).
 *
 * @param spec - the tariff as plain data
 * @returns the frozen tariff, options in catalog order with their period length filled in
 * @throws TarifkitError `INVALID_CATALOG` for a malformed tariff or option, `DUPLICATE_ID`
 *   for an option id given twice, `INVALID_AMOUNT` for a negative or fractional price,
 *   `INVALID_VAT_RATE` for a rate other than 19, 7 or 0, `INVALID_CYCLE` for a bad period
 *   length or package cycle, `INVALID_TIME_ZONE` for a zone Temporal does not know,
 *   `UNSUPPORTED_CURRENCY` for something that is no dinero.js currency
 * @example
 * ```ts
 * const tariff = createOptionTariff({
 *   kind: 'optionTariff',
 *   options: [
 *     { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
 *     { id: 'data-legacy', name: 'Daten 1 GB (Alttarif)', unitCents: 500, vatRate: 19, cycleDays: 30 },
 *   ],
 * });
 * tariff.options[1]?.cycleDays; // 30: a legacy option keeps its 30-day period
 * createOptionTariff({ kind: 'optionTariff', options: [], timeZone: 'Europe/Berlim' }); // throws INVALID_TIME_ZONE
 * ```
 */
export function createOptionTariff(spec: OptionTariffSpec): OptionTariff {
  if (typeof spec !== 'object' || spec === null) throw new TarifkitError('INVALID_CATALOG', { field: 'tariff', value: spec });
  const kind = (spec as { kind?: unknown }).kind;
  if (kind !== 'optionTariff' && kind !== 'packageTariff' && kind !== 'postpaidMonth') {
    throw new TarifkitError('INVALID_CATALOG', { field: 'tariff.kind', value: kind });
  }
  const list: unknown = spec.options;
  if (!Array.isArray(list)) throw new TarifkitError('INVALID_CATALOG', { field: 'tariff.options', value: list });
  const timeZone = timeZoneOf(spec.timeZone ?? DEFAULT_TIME_ZONE, 'tariff.timeZone');
  const currency = currencyOf(spec.currency);
  const defaultDays = kind === 'optionTariff'
    ? ((spec as { cycleDays?: unknown }).cycleDays === undefined ? FOUR_WEEKS
      : cycleDaysOf((spec as { cycleDays?: unknown }).cycleDays, 'tariff.cycleDays'))
    : 0;
  const seen = new Set<string>();
  const options = Object.freeze(list.map((o: unknown, i: number) => optionOf(o, i, defaultDays, seen)));
  switch (kind) {
    case 'optionTariff':
      return Object.freeze({ kind, options, timeZone, currency, cycleDays: defaultDays });
    case 'packageTariff':
      return Object.freeze({ kind, options, timeZone, currency, package: createCycle((spec as unknown as { package: never }).package, 'tariff.package') });
    case 'postpaidMonth':
      return Object.freeze({ kind, options, timeZone, currency });
  }
}

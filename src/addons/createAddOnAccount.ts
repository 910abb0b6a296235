import { fail } from '../errors/fail.js';
import { createCycle } from '../calendar/createCycle.js';
import { CYCLE_CORE, type CycleCore } from '../calendar/cycleMath.js';
import { cycleIndexContaining, startOfCycleIndex } from '../calendar/period.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { VatRate } from '../lines/types.js';
import { assertNonNegativeCents, DEFAULT_CURRENCY } from '../money/cents.js';
import type { Cycle, CycleSpec } from '../calendar/types.js';
import type { Currency } from '../money/types.js';
import { nextAccount, NONE } from './internals.js';
import type { AddOnAccount, AddOnAccountInput, AddOnDefinition, BaseCharge } from './types.js';

function vatRateOf(value: unknown, field: string): VatRate {
  if (value !== 19 && value !== 7 && value !== 0) fail('INVALID_VAT_RATE', field, value);
  return value;
}

function nonEmptyString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail('INVALID_CATALOG', field, value);
  return value;
}

/** Frozen entries and catalogs already checked: a frozen value cannot change, so it is checked once. */
const CHECKED_ENTRIES = new WeakSet<object>();
const CHECKED_CATALOGS = new WeakMap<object, readonly AddOnDefinition[]>();

/**
 * The last frozen entries and the last frozen catalog found checked: accounts
 * are usually opened one after another on the same catalog and a few plans, so
 * an identity test answers before the weak collections are asked.
 */
const RECENT_SIZE = 8;
const recentEntries: object[] = [];
let recentNext = 0;
let lastCatalogInput: object | null = null;
let lastCatalog: readonly AddOnDefinition[] | null = null;

function rememberEntry(value: object): void {
  if (recentEntries.length < RECENT_SIZE) recentEntries.push(value);
  else recentEntries[recentNext] = value;
  recentNext = (recentNext + 1) % RECENT_SIZE;
}

function isCheckedEntry(value: object): boolean {
  for (let i = 0; i < recentEntries.length; i += 1) if (recentEntries[i] === value) return true;
  if (!CHECKED_ENTRIES.has(value)) return false;
  rememberEntry(value);
  return true;
}

function priced(value: unknown, field: string): BaseCharge {
  if (typeof value !== 'object' || value === null) fail('INVALID_CATALOG', field, value);
  if (isCheckedEntry(value)) return value as BaseCharge;
  const entry = value as Partial<Record<keyof BaseCharge, unknown>>;
  const id = nonEmptyString(entry.id, `${field}.id`);
  const name = nonEmptyString(entry.name, `${field}.name`);
  if (entry.unitCents === undefined) throw new TarifkitError('MISSING_PRICE', { field: `${field}.unitCents`, value: id });
  const unitCents = assertNonNegativeCents(entry.unitCents, `${field}.unitCents`);
  const vatRate = vatRateOf(entry.vatRate, `${field}.vatRate`);
  if (Object.isFrozen(value)) {
    CHECKED_ENTRIES.add(value);
    rememberEntry(value);
    return value as BaseCharge;
  }
  return { id, name, unitCents, vatRate };
}

function catalogOf(value: unknown): readonly AddOnDefinition[] {
  if (value === lastCatalogInput && lastCatalog !== null) return lastCatalog;
  if (!Array.isArray(value)) fail('INVALID_CATALOG', 'input.catalog', value);
  let known = CHECKED_CATALOGS.get(value);
  if (known === undefined) {
    const catalog: AddOnDefinition[] = [];
    const seen = new Set<string>();
    let frozen = Object.isFrozen(value);
    for (let i = 0; i < value.length; i += 1) {
      const entry: unknown = value[i];
      const definition = priced(entry, `input.catalog.${i}`);
      if (seen.has(definition.id)) throw new TarifkitError('DUPLICATE_ID', { field: `input.catalog.${i}.id`, value: definition.id });
      seen.add(definition.id);
      catalog.push(definition);
      frozen &&= Object.isFrozen(entry);
    }
    if (!frozen) return catalog;
    known = Object.freeze(catalog);
    CHECKED_CATALOGS.set(value, known);
  }
  lastCatalogInput = value;
  lastCatalog = known;
  return known;
}

function currencyOfInput(value: unknown): Currency {
  if (value === undefined) return DEFAULT_CURRENCY;
  const currency = value as Partial<Currency> | null;
  if (typeof currency !== 'object' || currency === null || typeof currency.code !== 'string'
    || !Number.isSafeInteger(currency.exponent) || (currency.exponent as number) < 0) {
    fail('UNSUPPORTED_CURRENCY', 'input.currency', value);
  }
  return currency as Currency;
}

/**
 * Opens the add-on account of one subscription (R14–R16): its billing cycle,
 * the add-ons that can be booked and, if the regular invoice should carry it,
 * the plan's own charge. Everything is checked here, once.
 *
 * A frozen catalog (`Object.freeze` on the list and its entries) is checked
 * once and shared by every account opened on it; an unfrozen one is copied.
 *
 * The regular invoice of the billing period that contains `input.start` counts
 * as issued: add-ons booked in that period become draft items, billed with the
 * next regular invoice on the period's end (R14).
 *
 * @param input - cycle, catalog, start day, optional plan charge and currency
 * @returns the empty account
 * @throws TarifkitError `INVALID_CYCLE` / `UNKNOWN_CYCLE_KIND` for a bad cycle,
 *   `INVALID_DATE` (field `input.start`), `INVALID_CATALOG` for a catalog that is
 *   not a list or an entry without id or name, `DUPLICATE_ID` for an id used twice,
 *   `MISSING_PRICE` / `INVALID_AMOUNT` for a missing or bad `unitCents`,
 *   `INVALID_VAT_RATE` for a rate other than 19, 7 or 0, `UNSUPPORTED_CURRENCY`
 * @example
 * ```ts
 * // Seed 004: a CRM contract billed monthly from the 18th; the period of
 * // 2026-03-18 is invoiced, so the next regular invoice is on 2026-04-18.
 * const account = createAddOnAccount({
 *   cycle: createCycle({ kind: 'monthly', anchor: '2026-01-18' }),
 *   catalog: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }],
 *   start: '2026-03-18',
 * });
 * // A catalog entry without a price is refused:
 * createAddOnAccount({ ...input, catalog: [{ id: 'x', name: 'X', vatRate: 19 }] }); // throws MISSING_PRICE
 * ```
 */
export function createAddOnAccount(input: AddOnAccountInput): AddOnAccount {
  if (typeof input !== 'object' || input === null) fail('INVALID_CATALOG', 'input', input);
  // A cycle from createCycle keeps its numbers; one read back from JSON is checked and rebuilt once.
  const given = input.cycle as Cycle & { readonly [CYCLE_CORE]?: CycleCore };
  const cycle = given !== null && typeof given === 'object' && given[CYCLE_CORE] !== undefined
    ? input.cycle
    : createCycle(input.cycle as unknown as CycleSpec, 'input.cycle');
  const core = (cycle as Cycle & { readonly [CYCLE_CORE]: CycleCore })[CYCLE_CORE];
  const startDay = epochDayFromInput(input.start, 'input.start');
  const catalog = catalogOf(input.catalog);
  const base = input.base === undefined ? null : priced(input.base, 'input.base');
  const currency = currencyOfInput(input.currency);
  const index = cycleIndexContaining(core, startDay);
  return nextAccount({ cycle, catalog, base, currency }, startOfCycleIndex(core, index), startOfCycleIndex(core, index + 1), startDay, NONE, NONE, 0, null);
}

/**
 * Builds Line values: the one place that turns integers into a line.
 *
 * A line keeps integers (epoch days, cents, the terms of its fractions) and
 * builds its objects (`item`, the `range` and `period` Periods, the reduced
 * `fraction` and `exact`, the Dinero amounts) only when a caller reads them,
 * once. Invoices read `cents`, `vatRate` and `currency` only, so a line on the
 * hot path is one allocation.
 *
 * @internal
 * @module
 */
import { periodFromEpochDays } from '../calendar/period.js';
import type { Period } from '../calendar/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Currency, Fraction, Money } from '../money/types.js';
import { fraction as reducedFraction } from '../proration/fractions.js';
import type { Basis, Line, LineItem, LineKind, LineReason, VatRate } from './types.js';

/** The integer facts of a line; the module that prices it fills them in. */
export interface LineParts {
  readonly kind: LineKind;
  readonly reason: LineReason;
  readonly item: LineItem;
  readonly currency: Currency;
  /** Unit price in minor units per whole period. */
  readonly unitCents: number;
  readonly range: Period | null;
  readonly period: Period | null;
  readonly basis: Basis;
  readonly fraction: Fraction;
  /** Exact signed amount in minor units. */
  readonly exact: Fraction;
  /** Rounded signed amount in minor units. */
  readonly cents: number;
  readonly vatRate: VatRate;
}

/**
 * The objects a line builds from its integers when they are first read; a line
 * from parts starts with every one of them given.
 */
class Built {
  item: LineItem | undefined;
  range: Period | null | undefined;
  period: Period | null | undefined;
  fraction: Fraction | undefined;
  exact: Fraction | undefined;
  amount: Money | undefined;
  unitPrice: Money | undefined;

  constructor(
    item: LineItem | undefined,
    range: Period | null | undefined,
    period: Period | null | undefined,
    fraction: Fraction | undefined,
    exact: Fraction | undefined,
  ) {
    this.item = item;
    this.range = range;
    this.period = period;
    this.fraction = fraction;
    this.exact = exact;
    this.amount = undefined;
    this.unitPrice = undefined;
  }
}

class LineValue implements Line {
  // Declared, not initialised as class fields: the constructor assigns each once.
  declare readonly kind: LineKind;
  declare readonly reason: LineReason;
  declare readonly basis: Basis;
  declare readonly cents: number;
  declare readonly rounding: 'halfUp';
  declare readonly vatRate: VatRate;
  declare readonly currency: Currency;
  declare readonly unitCents: number;
  // The integers; a line from parts keeps the days of its periods here too (0 for none).
  #itemId: string;
  #itemLabel: string;
  #quantity: number;
  #rangeStart: number;
  #rangeEnd: number;
  #periodStart: number;
  #periodEnd: number;
  #fractionNumerator: number;
  #fractionDenominator: number;
  #exactNumerator: number;
  #exactDenominator: number;
  /** What has been built from them; null until the first read. */
  #built: Built | null;

  constructor(
    kind: LineKind,
    reason: LineReason,
    basis: Basis,
    cents: number,
    vatRate: VatRate,
    currency: Currency,
    unitCents: number,
    itemId: string,
    itemLabel: string,
    quantity: number,
    rangeStart: number,
    rangeEnd: number,
    periodStart: number,
    periodEnd: number,
    fractionNumerator: number,
    fractionDenominator: number,
    exactNumerator: number,
    exactDenominator: number,
    built: Built | null,
  ) {
    this.kind = kind;
    this.reason = reason;
    this.basis = basis;
    this.cents = cents;
    this.rounding = 'halfUp';
    this.vatRate = vatRate;
    this.currency = currency;
    this.unitCents = unitCents;
    this.#itemId = itemId;
    this.#itemLabel = itemLabel;
    this.#quantity = quantity;
    this.#rangeStart = rangeStart;
    this.#rangeEnd = rangeEnd;
    this.#periodStart = periodStart;
    this.#periodEnd = periodEnd;
    this.#fractionNumerator = fractionNumerator;
    this.#fractionDenominator = fractionDenominator;
    this.#exactNumerator = exactNumerator;
    this.#exactDenominator = exactDenominator;
    this.#built = built;
  }

  /** The built objects of a line, or null for an object that only borrows this prototype (no private state). */
  static #builtOf(line: object): Built | null {
    if (!(#built in line)) return null;
    return (line.#built ??= new Built(undefined, undefined, undefined, undefined, undefined));
  }

  // Every getter tolerates an object that only borrows this prototype: the
  // field then reads as missing, as on a plain record.

  get item(): LineItem {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    return (built.item ??= { id: this.#itemId, label: this.#itemLabel, quantity: this.#quantity });
  }

  get period(): Period | null {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    let period = built.period;
    if (period === undefined) {
      period = periodFromEpochDays(this.#periodStart, this.#periodEnd);
      built.period = period;
    }
    return period;
  }

  get range(): Period | null {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    let range = built.range;
    if (range === undefined) {
      // A whole period is charged: the range is the period itself.
      range = this.#rangeStart === this.#periodStart && this.#rangeEnd === this.#periodEnd
        ? this.period
        : periodFromEpochDays(this.#rangeStart, this.#rangeEnd);
      built.range = range;
    }
    return range;
  }

  get fraction(): Fraction {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    return (built.fraction ??= reducedFraction(this.#fractionNumerator, this.#fractionDenominator));
  }

  get exact(): Fraction {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    return (built.exact ??= reducedFraction(this.#exactNumerator, this.#exactDenominator));
  }

  get daysUsed(): number {
    if (!(#built in this)) return undefined as never;
    const built = this.#built;
    return built !== null && built.range === null ? 0 : this.#rangeEnd - this.#rangeStart;
  }

  get daysInPeriod(): number {
    if (!(#built in this)) return undefined as never;
    const built = this.#built;
    return built !== null && built.period === null ? 0 : this.#periodEnd - this.#periodStart;
  }

  get amount(): Money {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    return (built.amount ??= moneyFromCents(this.cents, this.currency));
  }

  get unitPrice(): Money {
    const built = LineValue.#builtOf(this);
    if (built === null) return undefined as never;
    return (built.unitPrice ??= moneyFromCents(this.unitCents, this.currency));
  }

  toJSON(): Record<string, unknown> {
    return {
      kind: this.kind,
      reason: this.reason,
      item: this.item,
      unitCents: this.unitCents,
      currency: this.currency.code,
      range: this.range,
      period: this.period,
      daysUsed: this.daysUsed,
      daysInPeriod: this.daysInPeriod,
      basis: this.basis,
      fraction: this.fraction,
      exact: this.exact,
      cents: this.cents,
      rounding: this.rounding,
      vatRate: this.vatRate,
    };
  }

  /** The same line with its sign turned; what is already built is shared, the rest stays integers. */
  static reversed(line: LineValue, reason: LineReason): LineValue {
    const from = line.#built;
    const exact = from === null ? undefined : from.exact;
    return new LineValue(
      line.kind === 'charge' ? 'credit' : 'charge',
      reason,
      line.basis,
      negate(line.cents),
      line.vatRate,
      line.currency,
      line.unitCents,
      line.#itemId,
      line.#itemLabel,
      line.#quantity,
      line.#rangeStart,
      line.#rangeEnd,
      line.#periodStart,
      line.#periodEnd,
      line.#fractionNumerator,
      line.#fractionDenominator,
      negate(line.#exactNumerator),
      line.#exactDenominator,
      from === null ? null : new Built(
        from.item,
        from.range,
        from.period,
        from.fraction,
        exact === undefined ? undefined : { numerator: negate(exact.numerator), denominator: exact.denominator },
      ),
    );
  }

  /** Whether a value is a line built here (and so has the private state). */
  static isLineValue(value: unknown): value is LineValue {
    return typeof value === 'object' && value !== null && #built in value;
  }
}

/** A line from trusted parts. */
export function createLine(parts: LineParts): Line {
  const item = parts.item;
  const range = parts.range;
  const period = parts.period;
  return new LineValue(
    parts.kind,
    parts.reason,
    parts.basis,
    parts.cents,
    parts.vatRate,
    parts.currency,
    parts.unitCents,
    item.id,
    item.label,
    item.quantity,
    range === null ? 0 : range.startDay,
    range === null ? 0 : range.endDay,
    period === null ? 0 : period.startDay,
    period === null ? 0 : period.endDay,
    parts.fraction.numerator,
    parts.fraction.denominator,
    parts.exact.numerator,
    parts.exact.denominator,
    new Built(item, range, period, parts.fraction, parts.exact),
  );
}

/**
 * A line on integers, for the hot paths: `quantity` units of an item, the days
 * `[rangeStartDay, rangeEndDay)` of the period `[periodStartDay, periodEndDay)`
 * (a range equal to the period is the period itself). `fraction` and `exact`
 * are given as integer terms, not necessarily reduced; the line reduces them
 * when they are read, so `line.fraction` and `line.exact` are what
 * `proration/fractions.ts` `fraction(numerator, denominator)` gives. Nothing is
 * checked: the caller trusts its integers.
 */
export function createDayLine(
  kind: LineKind,
  reason: LineReason,
  itemId: string,
  itemLabel: string,
  quantity: number,
  currency: Currency,
  unitCents: number,
  rangeStartDay: number,
  rangeEndDay: number,
  periodStartDay: number,
  periodEndDay: number,
  basis: Basis,
  fractionNumerator: number,
  fractionDenominator: number,
  exactNumerator: number,
  exactDenominator: number,
  cents: number,
  vatRate: VatRate,
): Line {
  return new LineValue(
    kind,
    reason,
    basis,
    cents,
    vatRate,
    currency,
    unitCents,
    itemId,
    itemLabel,
    quantity,
    rangeStartDay,
    rangeEndDay,
    periodStartDay,
    periodEndDay,
    fractionNumerator,
    fractionDenominator,
    exactNumerator,
    exactDenominator,
    null,
  );
}

/** `-value`, but 0 for 0 (never -0). */
function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

/** The same line with its sign turned: a charge becomes a credit of the same cents. */
export function reverseLine(line: Line, reason: LineReason): Line {
  if (LineValue.isLineValue(line)) return LineValue.reversed(line, reason);
  return createLine({
    kind: line.kind === 'charge' ? 'credit' : 'charge',
    reason,
    item: line.item,
    currency: line.currency,
    unitCents: (line as Line & { readonly unitCents: number }).unitCents,
    range: line.range,
    period: line.period,
    basis: line.basis,
    fraction: line.fraction,
    exact: { numerator: negate(line.exact.numerator), denominator: line.exact.denominator },
    cents: negate(line.cents),
    vatRate: line.vatRate,
  });
}

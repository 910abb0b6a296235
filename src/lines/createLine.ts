/**
 * Builds Line values: the one place that turns integers into a line.
 *
 * @internal
 * @module
 */
import type { Period } from '../calendar/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Currency, Fraction, Money } from '../money/types.js';
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

class LineValue implements Line {
  readonly kind: LineKind;
  readonly reason: LineReason;
  readonly item: LineItem;
  readonly range: Period | null;
  readonly period: Period | null;
  readonly basis: Basis;
  readonly fraction: Fraction;
  readonly exact: Fraction;
  readonly cents: number;
  readonly rounding = 'halfUp' as const;
  readonly vatRate: VatRate;
  readonly currency: Currency;
  readonly unitCents: number;
  #amount: Money | undefined;
  #unitPrice: Money | undefined;

  constructor(parts: LineParts) {
    this.kind = parts.kind;
    this.reason = parts.reason;
    this.item = parts.item;
    this.range = parts.range;
    this.period = parts.period;
    this.basis = parts.basis;
    this.fraction = parts.fraction;
    this.exact = parts.exact;
    this.cents = parts.cents;
    this.vatRate = parts.vatRate;
    this.currency = parts.currency;
    this.unitCents = parts.unitCents;
  }

  get daysUsed(): number {
    return this.range === null ? 0 : this.range.endDay - this.range.startDay;
  }

  get daysInPeriod(): number {
    return this.period === null ? 0 : this.period.endDay - this.period.startDay;
  }

  get amount(): Money {
    return (this.#amount ??= moneyFromCents(this.cents, this.currency));
  }

  get unitPrice(): Money {
    return (this.#unitPrice ??= moneyFromCents(this.unitCents, this.currency));
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
}

/** A line from trusted parts. */
export function createLine(parts: LineParts): Line {
  return new LineValue(parts);
}

/** `-value`, but 0 for 0 (never -0). */
function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

/** The same line with its sign turned: a charge becomes a credit of the same cents. */
export function reverseLine(line: Line, reason: LineReason): Line {
  return new LineValue({
    kind: line.kind === 'charge' ? 'credit' : 'charge',
    reason,
    item: line.item,
    currency: line.currency,
    unitCents: (line as LineValue).unitCents,
    range: line.range,
    period: line.period,
    basis: line.basis,
    fraction: line.fraction,
    exact: { numerator: negate(line.exact.numerator), denominator: line.exact.denominator },
    cents: negate(line.cents),
    vatRate: line.vatRate,
  });
}

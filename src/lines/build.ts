/**
 * The one line builder on integers: every module makes its lines here, on the
 * proration core's share (R22, R24). Callers trust their integers; the public
 * {@link chargeLine} checks its input first.
 *
 * @internal
 * @module
 */
import { dayOfIso, isoOf, periodOf } from '../calendar/days.js';
import type { Period } from '../calendar/types.js';
import { fail } from '../errors/fail.js';
import type { PricedItem } from '../items/types.js';
import { roundHalfUp } from '../money/cents.js';
import type { Fraction } from '../money/types.js';
import { gcd } from '../proration/fractions.js';
import type { Line, LineBasis, LineCorrection, LineReason } from './types.js';

const ONE: Fraction = Object.freeze({ numerator: 1, denominator: 1 });

/** `-value`, never -0. */
function neg(value: number): number {
  return value === 0 ? 0 : -value;
}

/** The amount of `quantity` units at `unitCents` times `n/d`, refusing what would lose exactness. */
function checkedProduct(unitCents: number, quantity: number, n: number): number {
  const product = unitCents * quantity * n;
  if (!Number.isSafeInteger(product)) fail('INVALID_QUANTITY', 'quantity', quantity, { reason: 'too large to price exactly' });
  return product;
}

/**
 * A line of `quantity` units of `item` for the share `n/d` of `period`, over
 * `range`: the exact amount `unitCents × quantity × n / d` rounded once, half
 * up, signed by `credit`. `range` and `period` are built by the caller (one
 * object when equal).
 */
export function shareLine(
  reason: LineReason,
  item: PricedItem,
  quantity: number,
  ref: string | null,
  range: Period | null,
  period: Period | null,
  days: number,
  periodDays: number,
  basis: LineBasis,
  n: number,
  d: number,
  credit: boolean,
): Line {
  if (n === d) {
    // A whole period (or a one-off item): the share is 1, the amount the unit price times the quantity.
    const whole = checkedProduct(item.unitCents, quantity, 1);
    const signed = credit ? neg(whole) : whole;
    return {
      tarifkit: 1, kind: 'line', reason, correction: null, item, quantity, ref, range, period, days, periodDays, basis,
      fraction: ONE, exact: { numerator: signed, denominator: 1 }, cents: signed, rounding: 'halfUp',
    };
  }
  const product = checkedProduct(item.unitCents, quantity, n);
  const cents = d === 1 ? product : roundHalfUp(product, d);
  // The share n/d reduced once; the exact amount (unit × quantity × n) / d reduces further only by
  // what unit × quantity shares with the reduced denominator.
  const g = gcd(n, d) || 1;
  const fn = n / g;
  const fd = d / g;
  const unitTotal = item.unitCents * quantity;
  const h = gcd(unitTotal, fd) || 1;
  const exact: Fraction = { numerator: (unitTotal / h) * fn, denominator: fd / h };
  return {
    tarifkit: 1,
    kind: 'line',
    reason,
    correction: null,
    item,
    quantity,
    ref,
    range,
    period,
    days,
    periodDays,
    basis,
    fraction: { numerator: fn, denominator: fd },
    exact: credit ? { numerator: neg(exact.numerator), denominator: exact.denominator } : exact,
    cents: credit ? neg(cents) : cents,
    rounding: 'halfUp',
  };
}

/**
 * A day-basis line for the days `[rangeStart, rangeEnd)` of the period
 * `[periodStart, periodEnd)`: `full` when the range is the whole period.
 */
export function dayLine(
  reason: LineReason,
  item: PricedItem,
  quantity: number,
  ref: string | null,
  rangeStart: number,
  rangeEnd: number,
  periodStart: number,
  periodEnd: number,
  credit: boolean,
): Line {
  const period = periodOf(periodStart, periodEnd);
  const whole = rangeStart === periodStart && rangeEnd === periodEnd;
  // A part of a period is rarely shared: the line gets a range of its own rather than a frozen,
  // remembered one (periods repeat from line to line, their parts seldom do).
  const range = whole ? period : { start: isoOf(rangeStart), end: isoOf(rangeEnd) };
  const days = rangeEnd - rangeStart;
  const periodDays = periodEnd - periodStart;
  return shareLine(reason, item, quantity, ref, range, period, days, periodDays, whole ? 'full' : 'day', days, periodDays, credit);
}

/** A one-off line without dates: `quantity` units, whole. */
export function oneOffLine(reason: LineReason, item: PricedItem, quantity: number, ref: string | null, credit: boolean): Line {
  return shareLine(reason, item, quantity, ref, null, null, 0, 0, 'full', 1, 1, credit);
}

/**
 * The line with a new reason, correction and amount: a record in the field
 * order every line has (no spread: V8 copies spreads with overrides slowly).
 */
export function lineWith(line: Line, reason: LineReason, correction: LineCorrection | null, exact: Fraction, cents: number): Line {
  return {
    tarifkit: 1,
    kind: 'line',
    reason, correction, item: line.item, quantity: line.quantity, ref: line.ref, range: line.range, period: line.period,
    days: line.days, periodDays: line.periodDays, basis: line.basis, fraction: line.fraction, exact, cents, rounding: line.rounding,
  };
}

/** The same line with its sign turned, as a correction or with a new reason. */
export function reversed(line: Line, reason: LineReason, correction: LineCorrection | null): Line {
  return lineWith(line, reason, correction, { numerator: neg(line.exact.numerator), denominator: line.exact.denominator }, neg(line.cents));
}

/** The same line, marked as a late correction. */
export function late(line: Line): Line {
  return lineWith(line, line.reason, 'late', line.exact, line.cents);
}

/**
 * What makes two lines the same charge, whatever their correction: reason,
 * item, quantity, ref, days, basis and amount. Corrections compare lines by it.
 */
export function lineKey(line: Line): string {
  const item = line.item;
  const range = line.range;
  const period = line.period;
  const cents = line.correction === 'reversal' ? neg(line.cents) : line.cents;
  return `${line.reason}|${item.id}|${item.name}|${item.unitCents}|${item.vatRate}|${item.currency ?? 'EUR'}|${line.quantity}|${line.ref ?? ''}|`
    + `${range === null ? '' : `${range.start}/${range.end}`}|${period === null ? '' : `${period.start}/${period.end}`}|${line.basis}|${cents}`;
}

/** What a withdrawal after an express early start does to one charged line (R31). */
export interface WithdrawalSplit {
  /** The used days' part of the line at their pro-rata value, or null when no day of it was used. */
  readonly kept: Line | null;
  /** The `withdrawalCredit` for the rest, or null when every day of it was used. */
  readonly credit: Line | null;
}

/**
 * A charged line of a withdrawn booking split at the withdrawal day `day` after an express
 * early start (§357a(2) BGB, R31): the days before `day` stay charged at their pro-rata
 * value (`kept`, rounded once, half up), and a `withdrawalCredit` over the days from `day`
 * on takes back the rest, so that kept plus credited is what the line charged, to the cent: the
 * credit's cents are the kept cents less the line's, never a second rounding (R22); its `exact`
 * is the unused days' exact value. A line
 * without days or measured by month is taken back whole. A credit line is split the same way,
 * with both parts of the other sign.
 */
export function splitAtWithdrawal(line: Line, day: number): WithdrawalSplit {
  if (line.cents < 0 || line.exact.numerator < 0) {
    // A credit line (an upgrade's) is split as the charge it turns back, and both parts turned again.
    const parts = splitAtWithdrawal(reversed(line, line.reason, null), day);
    return {
      kept: parts.kept === null ? null : reversed(parts.kept, parts.kept.reason, null),
      credit: parts.credit === null ? null : reversed(parts.credit, 'withdrawalCredit', null),
    };
  }
  const range = line.range;
  const period = line.period;
  if (range === null || period === null || line.basis === 'month') return { kept: null, credit: reversed(line, 'withdrawalCredit', null) };
  const rangeStart = dayOfIso(range.start);
  const rangeEnd = dayOfIso(range.end);
  if (day <= rangeStart) return { kept: null, credit: reversed(line, 'withdrawalCredit', null) };
  if (day >= rangeEnd) return { kept: line, credit: null };
  const periodStart = dayOfIso(period.start);
  const periodEnd = dayOfIso(period.end);
  const reason = line.reason === 'periodCharge' ? 'prorataCharge' : line.reason;
  const kept = dayLine(reason, line.item, line.quantity, line.ref, rangeStart, day, periodStart, periodEnd, false);
  const rest = dayLine('withdrawalCredit', line.item, line.quantity, line.ref, day, rangeEnd, periodStart, periodEnd, true);
  const cents = kept.cents - line.cents;
  return { kept, credit: rest.cents === cents ? rest : lineWith(rest, 'withdrawalCredit', null, rest.exact, cents) };
}

/**
 * The lines that settle a charged line of a withdrawn booking (R13, R31): without value owed,
 * the line taken back whole. After an express early start (§357a(2) BGB, `owed` true, the
 * default): one `withdrawalCredit` for the unused days where its exact amount
 * rounded once is the line's cents less the kept cents; otherwise, as the unused and the used
 * days' roundings do not add up, the line taken back whole and the used days charged again.
 * Either way every line is its exact amount rounded once (R22), and the lines add up to the
 * kept value less what the line charged, to the cent.
 */
export function withdrawalCredits(line: Line, day: number, owed = true): Line[] {
  if (!owed) return [reversed(line, 'withdrawalCredit', null)];
  const { kept, credit } = splitAtWithdrawal(line, day);
  if (credit === null) return [];
  if (kept === null || credit.cents === roundHalfUp(credit.exact.numerator, credit.exact.denominator)) return [credit];
  return [reversed(line, 'withdrawalCredit', null), kept];
}

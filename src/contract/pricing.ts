/**
 * What an upgrade is priced against (R2, W1): the term for a price per term, or
 * the plan's billing cycle, anchored on the contract's start, for a price per
 * billing period. Then the lines: the new configuration charged and the one in
 * force credited over the same days, both rounded once, half up (R22).
 *
 * The share of the period is proration's own `pieceFraction` (the core of
 * `prorate`), so the amounts are `prorate`'s to the cent; a property test holds
 * them equal. On the day basis that share is days used / days of the period,
 * computed here without a call.
 *
 * @internal
 * @module
 */
import { CALENDAR_MONTH_CORE, indexContaining, makeCore, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { daysInMonth, packedDay, packedMonth, packedYear, packedYmdFromEpochDay } from '../calendar/epochDay.js';
import type { Plan } from '../catalog/types.js';
import { createDayLine } from '../lines/createLine.js';
import type { Line } from '../lines/types.js';
import { DEFAULT_CURRENCY, roundHalfUp } from '../money/cents.js';
import { pieceFraction } from '../proration/prorateCore.js';
import type { ProrationBasis } from '../proration/types.js';
import type { TermInfo } from './contractValue.js';
import type { VersionValue } from './version.js';

/** How a contract's price is measured: against its terms, or against a billing cycle. */
export interface PriceShape {
  readonly perTerm: boolean;
  /** The cycle the price is for, anchored on the contract's start. */
  readonly core: CycleCore;
}

/** The cycle whose periods a plan's price is for, anchored on the contract's start. */
export function priceShape(plan: Plan, startDay: number): PriceShape {
  const termCore = (): CycleCore => makeCore(0, plan.termMonths, startDay);
  if (plan.price.per === 'term') return { perTerm: true, core: termCore() };
  const cycle = plan.billingCycle;
  switch (cycle.kind) {
    case 'calendarMonth':
      return { perTerm: false, core: CALENDAR_MONTH_CORE };
    case 'monthly':
      return { perTerm: false, core: makeCore(0, 1, startDay) };
    case 'yearly':
      return { perTerm: false, core: makeCore(0, 12, startDay) };
    case 'days':
      return { perTerm: false, core: makeCore(cycle.days, 0, startDay) };
    case 'term':
      // One billing period per term: renewal terms are as long as the first (checked by the catalog).
      return { perTerm: true, core: termCore() };
  }
}


/**
 * Prices an upgrade on `day`: the rest of the pricing period that contains it
 * (the term, or the billing period), cut at the term's end. The credit is the
 * configuration in force, priced for those same days from its own price: never
 * from an earlier prorated charge (R2).
 *
 * The lines stay integers until read: the share and the exact amounts are
 * handed over as integer terms (the line reduces them when read), the range and
 * the period as epoch days.
 */
export function upgradeLines(
  shape: PriceShape,
  term: TermInfo,
  day: number,
  from: VersionValue,
  to: VersionValue,
  basis: ProrationBasis,
): [charge: Line, credit: Line] {
  const termEndDay = term.period.endDay;
  let index: number;
  let periodStart: number;
  let periodEnd: number;
  if (shape.perTerm) {
    index = term.index;
    periodStart = term.startDay;
    periodEnd = term.fullEndDay;
  } else if (shape.core === CALENDAR_MONTH_CORE) {
    // The calendar month of the day, straight from its date: the same period the cycle gives, cheaper.
    const packed = packedYmdFromEpochDay(day);
    const year = packedYear(packed);
    const month = packedMonth(packed);
    index = (year - 1970) * 12 + month - 1;
    periodStart = day - packedDay(packed) + 1;
    periodEnd = periodStart + daysInMonth(year, month);
  } else {
    index = indexContaining(shape.core, day);
    periodStart = startOfIndex(shape.core, index);
    periodEnd = startOfIndex(shape.core, index + 1);
  }
  const end = periodEnd < termEndDay ? periodEnd : termEndDay;
  // The share of the period: `pieceFraction`'s. On the day basis (and on a cycle of days, and for a whole
  // period) that is days used / days of the period, here unreduced: the same value, the same rounding,
  // and the line reduces it when read. Only the month basis of a month cycle walks the months.
  let numerator = end - day;
  let denominator = periodEnd - periodStart;
  if (basis === 'month' && shape.core.days === 0 && numerator !== denominator) {
    const share = pieceFraction(shape.core, index, periodStart, periodEnd, day, end, basis);
    numerator = share.numerator;
    denominator = share.denominator;
  }
  const toCents = to.priceCents;
  const fromCents = from.priceCents;
  const toPlan = to.entry.plan;
  const fromPlan = from.entry.plan;
  const creditCents = roundHalfUp(fromCents * numerator, denominator);
  const charge = createDayLine(
    'charge',
    'upgradeCharge',
    toPlan.id,
    from.labelOf(to),
    1,
    DEFAULT_CURRENCY,
    toCents,
    day,
    end,
    periodStart,
    periodEnd,
    basis,
    numerator,
    denominator,
    toCents * numerator,
    denominator,
    roundHalfUp(toCents * numerator, denominator),
    toPlan.vatRate,
  );
  const credit = createDayLine(
    'credit',
    'upgradeCredit',
    fromPlan.id,
    from.label,
    1,
    DEFAULT_CURRENCY,
    fromCents,
    day,
    end,
    periodStart,
    periodEnd,
    basis,
    numerator,
    denominator,
    // Never a negative zero: a free configuration credits exactly 0.
    fromCents === 0 ? 0 : -fromCents * numerator,
    denominator,
    creditCents === 0 ? 0 : -creditCents,
    fromPlan.vatRate,
  );
  return [charge, credit];
}

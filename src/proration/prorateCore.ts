/**
 * Proration on integers: epoch days in, cents out (R2, R6, R22).
 *
 * @internal
 * @module
 */
import { indexContaining, monthStartInPeriod, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { periodOf } from '../calendar/days.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { allocateCents, roundHalfUp } from '../money/cents.js';
import type { Fraction } from '../money/types.js';
import { addFractions, fraction, gcd } from './fractions.js';
import type { ProrationBasis, ProrationPiece } from './types.js';

/** The share of period `index` (`[periodStart, periodEnd)`) that `[start, end)` covers. */
export function pieceFraction(
  core: CycleCore,
  index: number,
  periodStart: number,
  periodEnd: number,
  start: number,
  end: number,
  basis: ProrationBasis,
): Fraction {
  const periodDays = periodEnd - periodStart;
  if (end - start === periodDays) return { numerator: 1, denominator: 1 };
  if (basis === 'day' || core.days > 0) return fraction(end - start, periodDays);
  // Month basis: walk the period's own months; whole ones count 1, partial ones by their days.
  let share: Fraction = { numerator: 0, denominator: 1 };
  let wholeMonths = 0;
  let monthStart = periodStart;
  for (let j = 1; j <= core.months; j += 1) {
    const monthEnd = j === core.months ? periodEnd : monthStartInPeriod(core, index, j);
    const overlap = Math.min(end, monthEnd) - Math.max(start, monthStart);
    if (overlap === monthEnd - monthStart) wholeMonths += 1;
    else if (overlap > 0) share = addFractions(share, fraction(overlap, monthEnd - monthStart));
    monthStart = monthEnd;
  }
  share = addFractions(share, { numerator: wholeMonths, denominator: 1 });
  return fraction(share.numerator, share.denominator * core.months);
}

/** The result of prorating on integers, before any Dinero object exists. */
export interface CentsProration {
  readonly pieces: ProrationPiece[];
  readonly fraction: Fraction;
  readonly exact: Fraction;
  readonly cents: number;
}

/**
 * `priceCents × share` as a reduced fraction; `share` is reduced, so only the
 * price can cancel. Beyond 2^53 the arithmetic would no longer be exact, so a
 * price that large for this range is refused rather than rounded wrongly.
 */
function timesPrice(priceCents: number, share: Fraction): Fraction {
  const divisor = gcd(priceCents, share.denominator) || 1;
  const numerator = (priceCents / divisor) * share.numerator;
  if (!Number.isSafeInteger(numerator)) tooLarge(priceCents);
  return { numerator, denominator: share.denominator / divisor };
}

function tooLarge(priceCents: number): never {
  throw new TarifkitError('INVALID_AMOUNT', { field: 'price', value: priceCents, reason: 'too large to prorate exactly over this range' });
}

/** The most billing periods one proration walks. */
const MAX_PIECES = 13_100;

/**
 * The common case, a range inside one period (a cut to the period's end): the
 * same numbers as the general loop, without its intermediate arrays.
 */
function onePiece(
  priceCents: number,
  core: CycleCore,
  index: number,
  periodStart: number,
  periodEnd: number,
  start: number,
  end: number,
  basis: ProrationBasis,
): CentsProration {
  const share = pieceFraction(core, index, periodStart, periodEnd, start, end, basis);
  const exact = timesPrice(priceCents, share);
  const cents = roundHalfUp(exact.numerator, exact.denominator);
  const period = periodOf(periodStart, periodEnd);
  const range = start === periodStart && end === periodEnd ? period : periodOf(start, end);
  const piece: ProrationPiece = {
    period,
    range,
    days: end - start,
    periodDays: periodEnd - periodStart,
    fraction: share,
    exact,
    cents,
  };
  return { pieces: [piece], fraction: share, exact, cents };
}

/**
 * Prorates `priceCents` (per whole period, ≥ 0) over `[start, end)` on a cycle:
 * split at period boundaries, each piece against its own period, summed exactly
 * and rounded once, half up; the pieces share the rounded total exactly.
 */
export function prorateCents(
  priceCents: number,
  core: CycleCore,
  start: number,
  end: number,
  basis: ProrationBasis,
): CentsProration {
  const pieces: ProrationPiece[] = [];
  if (end <= start) {
    return { pieces, fraction: { numerator: 0, denominator: 1 }, exact: { numerator: 0, denominator: 1 }, cents: 0 };
  }
  let index = indexContaining(core, start);
  let periodStart = startOfIndex(core, index);
  const firstEnd = startOfIndex(core, index + 1);
  if (end <= firstEnd) return onePiece(priceCents, core, index, periodStart, firstEnd, start, end, basis);
  if (indexContaining(core, end - 1) - index >= MAX_PIECES) {
    throw new TarifkitError('NOT_WITHIN', { field: 'range', value: `${end - start} days`, reason: 'more than 13,100 billing periods' });
  }
  let total: Fraction = { numerator: 0, denominator: 1 };
  const fractions: Fraction[] = [];
  const bounds: number[] = [];
  let common = 1;
  while (periodStart < end) {
    const periodEnd = startOfIndex(core, index + 1);
    const pieceStart = periodStart > start ? periodStart : start;
    const pieceEnd = periodEnd < end ? periodEnd : end;
    const share = pieceFraction(core, index, periodStart, periodEnd, pieceStart, pieceEnd, basis);
    fractions.push(share);
    bounds.push(periodStart, periodEnd, pieceStart, pieceEnd);
    total = fractions.length === 1 ? share : addFractions(total, share);
    common = (common / gcd(common, share.denominator)) * share.denominator;
    index += 1;
    periodStart = periodEnd;
  }
  const exact = timesPrice(priceCents, total);
  const cents = roundHalfUp(exact.numerator, exact.denominator);
  // The pieces share the rounded total by their exact shares over one common denominator.
  const ratios = fractions.map((f) => f.numerator * (common / f.denominator));
  if (!Number.isSafeInteger(cents * ((total.numerator * common) / total.denominator))) tooLarge(priceCents);
  const shares = allocateCents(cents, ratios);
  for (let i = 0; i < fractions.length; i += 1) {
    const ps = bounds[4 * i] as number;
    const pe = bounds[4 * i + 1] as number;
    const rs = bounds[4 * i + 2] as number;
    const re = bounds[4 * i + 3] as number;
    const share = fractions[i] as Fraction;
    const period = periodOf(ps, pe);
    pieces.push({
      period,
      range: rs === ps && re === pe ? period : periodOf(rs, re),
      days: re - rs,
      periodDays: pe - ps,
      fraction: share,
      exact: timesPrice(priceCents, share),
      cents: shares[i] as number,
    });
  }
  return { pieces, fraction: total, exact, cents };
}

/**
 * The check of a line handed in from outside: what invoices and explanations read.
 *
 * @internal
 * @module
 */
import { rangeOf } from '../calendar/days.js';
import { fail, isRecord } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import type { Line } from '../lines/types.js';
import { isLineReason } from '../lines/chargeLine.js';
import { MAX_CENTS } from '../money/cents.js';

/** Lines tarifkit made or checked; they are trusted from then on. */
const CHECKED = new WeakSet<object>();

/** Marks a line tarifkit made as checked. */
export function trustLine(line: Line): Line {
  CHECKED.add(line);
  return line;
}

function safe(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function fraction(value: unknown): boolean {
  return isRecord(value) && safe(value.numerator) && safe(value.denominator) && (value.denominator as number) > 0;
}

/** A line from outside: INVALID_LINE naming `<field>.<key>` unless it has what invoices and words read. */
export function checkLine(value: unknown, field: string): Line {
  if (typeof value === 'object' && value !== null && CHECKED.has(value)) return value as Line;
  if (!isRecord(value)) fail('INVALID_LINE', field, value);
  // A hand-made line may leave out the header; one that has it has this one.
  if (value.tarifkit !== undefined && value.tarifkit !== 1) fail('INVALID_LINE', `${field}.tarifkit`, value.tarifkit);
  if (value.kind !== undefined && value.kind !== 'line') fail('INVALID_LINE', `${field}.kind`, value.kind);
  if (!isLineReason(value.reason)) fail('INVALID_LINE', `${field}.reason`, value.reason);
  if (value.correction !== null && value.correction !== 'late' && value.correction !== 'reversal') fail('INVALID_LINE', `${field}.correction`, value.correction);
  checkItem(value.item, `${field}.item`);
  if (!safe(value.quantity) || value.quantity < 1) fail('INVALID_LINE', `${field}.quantity`, value.quantity);
  if (value.ref !== null && typeof value.ref !== 'string') fail('INVALID_LINE', `${field}.ref`, value.ref);
  if (!safe(value.cents) || Math.abs(value.cents) > MAX_CENTS) fail('INVALID_LINE', `${field}.cents`, value.cents);
  if (value.basis !== 'day' && value.basis !== 'month' && value.basis !== 'full') fail('INVALID_LINE', `${field}.basis`, value.basis);
  if (!fraction(value.fraction)) fail('INVALID_LINE', `${field}.fraction`, value.fraction);
  if (!fraction(value.exact)) fail('INVALID_LINE', `${field}.exact`, value.exact);
  if (value.rounding !== 'halfUp') fail('INVALID_LINE', `${field}.rounding`, value.rounding);
  if ((value.range === null) !== (value.period === null)) fail('INVALID_LINE', `${field}.range`, value.range);
  if (value.range !== null) {
    const [rs, re] = rangeOf(value.range, `${field}.range`);
    const [ps, pe] = rangeOf(value.period, `${field}.period`);
    if (rs < ps || re > pe) fail('INVALID_LINE', `${field}.range`, value.range);
    if (value.days !== re - rs) fail('INVALID_LINE', `${field}.days`, value.days);
    if (value.periodDays !== pe - ps) fail('INVALID_LINE', `${field}.periodDays`, value.periodDays);
  } else if (value.days !== 0 || value.periodDays !== 0) {
    fail('INVALID_LINE', `${field}.days`, value.days);
  }
  return value as unknown as Line;
}

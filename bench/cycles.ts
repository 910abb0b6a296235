/**
 * The contracts of benches periods and proration: 12 months for 10,000
 * contracts of each cycle kind (calendar month, 28 days, 30 days, monthly
 * anchored, yearly, 12-month term), anchors and range starts in 2020–2030, and
 * the baseline's own reading of a cycle record (nothing from src/ in it).
 */
import { createCycle, type Cycle, type Period } from '../src/index.js';
import { civilToDays, clampedStart, dayOfIso, daysToCivil, iso } from './baseline.js';
import { seeded } from './harness.js';

/** A contract as both sides read it: the cycle record (from createCycle) and the range as ISO text. */
export interface CycleContract {
  readonly cycle: Cycle;
  readonly range: Period;
}

/** 10,000 contracts of each of the six kinds, each over 12 months from a random day (clamped). */
export function makeContracts(perKind = 10_000, seed = 2026): CycleContract[] {
  const random = seeded(seed);
  const from = civilToDays(2020, 1, 1);
  const span = civilToDays(2030, 12, 31) - from;
  const kinds = ['calendarMonth', 'days28', 'days30', 'monthly', 'yearly', 'term'] as const;
  const contracts: CycleContract[] = [];
  for (const kind of kinds) {
    for (let i = 0; i < perKind; i += 1) {
      const anchor = iso(from + Math.floor(random() * span));
      const rangeStart = from + Math.floor(random() * span);
      const [y, m, d] = daysToCivil(rangeStart);
      const rangeEnd = clampedStart(y * 12 + m - 1 + 12, d);
      const cycle = kind === 'calendarMonth' ? createCycle({ kind: 'calendarMonth' })
        : kind === 'days28' ? createCycle({ kind: 'days', days: 28, anchor })
          : kind === 'days30' ? createCycle({ kind: 'days', days: 30, anchor })
            : kind === 'term' ? createCycle({ kind: 'term', months: 12, anchor })
              : createCycle({ kind, anchor });
      contracts.push({ cycle, range: { start: iso(rangeStart), end: iso(rangeEnd) } });
    }
  }
  return contracts;
}

/** A cycle record as the baseline reads it (the fields of a `Cycle`). */
export interface CycleRecord {
  readonly kind: string;
  readonly anchor?: string;
  readonly days?: number;
  readonly months?: number;
}

/** A cycle in integers: fixed days from an anchor, or `months` months from an anchor month and date (clamped). */
export interface PlainCycle {
  /** 0 for month cycles. */
  days: number;
  months: number;
  anchorDay: number;
  anchorMonth: number;
  anchorDate: number;
}

const EPOCH = civilToDays(1970, 1, 1);

/** Reads a cycle record into `out` (the baseline's own reading: kind, anchor text, length). */
export function readCycle(cycle: CycleRecord, out: PlainCycle): PlainCycle {
  const anchorDay = cycle.kind === 'calendarMonth' ? EPOCH : dayOfIso(cycle.anchor as string);
  out.anchorDay = anchorDay;
  if (cycle.kind === 'days') {
    out.days = cycle.days as number;
    out.months = 0;
    return out;
  }
  const [y, m, d] = daysToCivil(anchorDay);
  out.days = 0;
  out.months = cycle.kind === 'yearly' ? 12 : cycle.kind === 'term' ? (cycle.months as number) : 1;
  out.anchorMonth = y * 12 + m - 1;
  out.anchorDate = d;
  return out;
}

/** The number of the period of `c` that contains `day`. */
export function indexAt(c: PlainCycle, day: number): number {
  if (c.days > 0) return Math.floor((day - c.anchorDay) / c.days);
  const [y, m] = daysToCivil(day);
  let k = Math.floor((y * 12 + m - 1 - c.anchorMonth) / c.months);
  if (clampedStart(c.anchorMonth + k * c.months, c.anchorDate) > day) k -= 1;
  return k;
}

/** The first day of period number `k` of `c`. */
export function startOf(c: PlainCycle, k: number): number {
  return c.days > 0 ? c.anchorDay + k * c.days : clampedStart(c.anchorMonth + k * c.months, c.anchorDate);
}

/** Folds an ISO date's text into a checksum word (both sides touch the same characters). */
export function isoWord(text: string): number {
  return text.charCodeAt(3) + text.charCodeAt(6) * 16 + text.charCodeAt(9) * 256;
}

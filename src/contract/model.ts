/**
 * The contract read as integers (R1–R3): its term shape, pricing and billing
 * cycles, versions by start day and end. Contracts are immutable, so what is
 * read from one is remembered beside it.
 *
 * @internal
 * @module
 */
import { CALENDAR_MONTH_CORE, indexContaining, makeCore, startOfIndex, type CycleCore } from '../calendar/cycleMath.js';
import { dayOfIso, isoOf, periodOf } from '../calendar/days.js';
import type { PlanCycle } from '../catalog/types.js';
import { dayLine, shareLine } from '../lines/build.js';
import type { Line, LineReason } from '../lines/types.js';
import { Pieces } from '../proration/pieces.js';
import { pieceFraction } from '../proration/prorateCore.js';
import type { ProrationBasis } from '../proration/types.js';
import { firstTermEnd, termDeadline, termIndexAt, termShape, termStart, type TermShape } from './terms.js';
import type { Contract, ContractVersion } from './types.js';

/** A contract's numbers. */
export interface ContractFacts {
  readonly startDay: number;
  readonly shape: TermShape;
  /** The first day without the contract, or null while it runs on. */
  readonly endDay: number | null;
  /** The cycle the prices are for: the term, or the billing cycle. */
  readonly pricing: CycleCore;
  readonly perTerm: boolean;
  /** The billing cycle, anchored on the start. */
  readonly billing: CycleCore;
  /** Each version's first day, in order. */
  readonly fromDays: readonly number[];
  /** The last notice deadline worked out, and the term end it is for (a memo). */
  deadlineFor: number;
  deadline: number;
  /** The last term looked up (a memo). */
  lastTerm: TermInfo | null;
  readonly versions: readonly ContractVersion[];
}

/**
 * The facts of the contracts read last: a small ring of (contract, facts) pairs
 * compared by identity. Contracts never change, so it is a pure memo; a ring
 * rather than a WeakMap, since contracts are made and dropped by the hundred
 * thousand in a billing run and weak tables cost the garbage collector dearly.
 */
const RING = 8;
const ringKeys: (Contract | null)[] = new Array<Contract | null>(RING).fill(null);
const ringFacts: (ContractFacts | null)[] = new Array<ContractFacts | null>(RING).fill(null);
let ringNext = 0;

/** The billing cycle of a plan, anchored on a contract's start. */
export function billingCoreOf(cycle: PlanCycle, startDay: number, termMonths: number): CycleCore {
  switch (cycle.kind) {
    case 'calendarMonth':
      return CALENDAR_MONTH_CORE;
    case 'monthly':
      return makeCore(0, 1, startDay);
    case 'yearly':
      return makeCore(0, 12, startDay);
    case 'days':
      return makeCore(cycle.days, 0, startDay);
    case 'term':
      return makeCore(0, termMonths, startDay);
  }
}

/** The numbers of a contract tarifkit made (remembered). */
export function factsOf(contract: Contract): ContractFacts {
  for (let i = 0; i < RING; i += 1) if (ringKeys[i] === contract) return ringFacts[i] as ContractFacts;
  const startDay = dayOfIso(contract.start);
  const billing = billingCoreOf(contract.billingCycle, startDay, contract.termMonths);
  const perTerm = contract.pricePer === 'term' || contract.billingCycle.kind === 'term';
  return kept(
    contract, startDay, termShape(startDay, contract.termMonths, contract.renewal), contract.end === null ? null : dayOfIso(contract.end),
    perTerm ? makeCore(0, contract.termMonths, startDay) : billing, perTerm, billing, contract.versions.map((version) => dayOfIso(version.from)),
    Number.NaN, Number.NaN, null,
  );
}

/**
 * Remembers the facts of `contract`, a contract made from the one `from`
 * describes with the same start, term, cycles and end and other versions
 * (their first days `fromDays`): the shapes are shared, nothing is read again.
 */
export function rememberFactsOf(contract: Contract, from: ContractFacts, fromDays: readonly number[]): void {
  kept(contract, from.startDay, from.shape, from.endDay, from.pricing, from.perTerm, from.billing, fromDays, from.deadlineFor, from.deadline, from.lastTerm);
}

/** The facts of a contract, kept in the ring. */
function kept(
  contract: Contract, startDay: number, shape: TermShape, endDay: number | null, pricing: CycleCore, perTerm: boolean, billing: CycleCore,
  fromDays: readonly number[], deadlineFor: number, deadline: number, lastTerm: TermInfo | null,
): ContractFacts {
  const facts: ContractFacts = { startDay, shape, endDay, pricing, perTerm, billing, fromDays, deadlineFor, deadline, lastTerm, versions: contract.versions };
  ringKeys[ringNext] = contract;
  ringFacts[ringNext] = facts;
  ringNext = (ringNext + 1) % RING;
  return facts;
}

/** The index of the version in force on `day` (the first version for days before the start). */
export function versionIndexAt(facts: ContractFacts, day: number): number {
  const fromDays = facts.fromDays;
  let i = fromDays.length - 1;
  while (i > 0 && (fromDays[i] as number) > day) i -= 1;
  return i;
}

/** The term that contains a day: its number, its full bounds, and its end cut at the contract's end. */
export interface TermInfo {
  readonly index: number;
  readonly startDay: number;
  /** The end of the full term, exclusive, whatever the contract's end. */
  readonly fullEndDay: number;
  /** The term's end cut at the contract's end. */
  readonly endDay: number;
}

/** The term that contains `day` (on or after the start). */
export function termInfo(facts: ContractFacts, day: number): TermInfo {
  const last = facts.lastTerm;
  if (last !== null && day >= last.startDay && day < last.fullEndDay) return last;
  const index = termIndexAt(facts.shape, day);
  const startDay = termStart(facts.shape, index);
  const fullEndDay = termStart(facts.shape, index + 1);
  const endDay = facts.endDay !== null && facts.endDay < fullEndDay ? facts.endDay : fullEndDay;
  const info = { index, startDay, fullEndDay, endDay };
  facts.lastTerm = info;
  return info;
}

/**
 * Whether TKG §56 (3) lets the end user cancel any day with one month's notice after a
 * tacit renewal (R32): a telecom contract of a consumer, or of a business TKG §71 (3) protects.
 */
export function protectedTelecom(contract: Contract): boolean {
  return contract.telecom === true && (contract.customer === 'consumer' || contract.smallBusiness === true);
}

/** The notice deadline of the term containing `day`, or null (see TermStatus.noticeDeadline). */
export function noticeDeadlineAt(contract: Contract, facts: ContractFacts, info: TermInfo): number | null {
  if (contract.cancellation !== null || facts.shape.renewalMonths === 0) return null;
  const monthAfterRenewal = protectedTelecom(contract);
  // Past the first term an open-ended contract, and a protected telecom one (R32), may end on any day.
  if ((facts.shape.openEnded || monthAfterRenewal) && info.startDay >= firstTermEnd(facts.shape)) return null;
  if (facts.deadlineFor !== info.fullEndDay) {
    facts.deadline = termDeadline(info.fullEndDay, contract.notice, monthAfterRenewal);
    facts.deadlineFor = info.fullEndDay;
  }
  return facts.deadline;
}

/**
 * Appends the contract's lines for the days `[from, to)` (R1, R2, R6): split at
 * the pricing periods (terms or billing periods) and at version boundaries,
 * each piece priced against its own pricing period, cut at the contract's start
 * and end. A whole pricing period is a `periodCharge`, a part of one a `prorataCharge`
 * (or the reasons given), credited when `credit` is set.
 */
export function appendContractLines(
  facts: ContractFacts,
  from: number,
  to: number,
  basis: ProrationBasis,
  out: Line[],
  billingStart = Number.NaN,
  billingEnd = Number.NaN,
  wholeReason: LineReason = 'periodCharge',
  partReason: LineReason = 'prorataCharge',
  credit = false,
): void {
  const a = from > facts.startDay ? from : facts.startDay;
  const b = facts.endDay !== null && facts.endDay < to ? facts.endDay : to;
  if (a >= b) return;
  const core = facts.pricing;
  const fromDays = facts.fromDays;
  if (fromDays.length === 1 || (fromDays[fromDays.length - 1] as number) <= a) {
    // One version for every day (the common case): a range inside one pricing period is one line.
    // The caller may know the billing period around the range already (a close does).
    let periodStart = billingStart;
    let periodEnd = billingEnd;
    if (core !== facts.billing || !(billingStart <= a && a < billingEnd)) {
      const index = indexContaining(core, a);
      periodStart = startOfIndex(core, index);
      periodEnd = startOfIndex(core, index + 1);
    }
    if (b <= periodEnd && (a === periodStart && b === periodEnd || basis === 'day' || core.days > 0)) {
      const item = (facts.versions[fromDays.length - 1] as ContractVersion).item;
      out.push(dayLine(a === periodStart && b === periodEnd ? wholeReason : partReason, item, 1, 'contract', a, b, periodStart, periodEnd, credit));
      return;
    }
  }
  const pieces = new Pieces(core, a, b, fromDays);
  while (pieces.next()) {
    const item = (facts.versions[pieces.segment] as ContractVersion).item;
    const whole = pieces.whole();
    if (whole || basis === 'day' || core.days > 0) {
      out.push(dayLine(whole ? wholeReason : partReason, item, 1, 'contract', pieces.start, pieces.end, pieces.periodStart, pieces.periodEnd, credit));
    } else {
      const { periodIndex, periodStart, periodEnd, start, end } = pieces;
      const share = pieceFraction(core, periodIndex, periodStart, periodEnd, start, end, 'month');
      const period = periodOf(periodStart, periodEnd);
      out.push(shareLine(partReason, item, 1, 'contract', periodOf(start, end), period, end - start, periodEnd - periodStart, 'month', share.numerator, share.denominator, credit));
    }
  }
}

/** The ISO date of an epoch day, or null. */
export function isoOrNull(day: number | null): string | null {
  return day === null ? null : isoOf(day);
}

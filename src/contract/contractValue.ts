/**
 * The contract value: integers inside (epoch days, cents), Temporal dates and
 * Dinero amounts built when first read (R1–R3). Frozen; every change makes a
 * new one.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import type { Period } from '../calendar/types.js';
import type { CatalogIndex } from '../catalog/catalogIndex.js';
import type { Catalog, Configuration, CustomerKind, NoticePeriod, Plan, RenewalRule } from '../catalog/types.js';
import { cancellationPoint, firstTermEnd, noticeDeadline, termIndexAt, termStart, type TermShape } from './terms.js';
import type { Cancellation, Contract, ContractVersion } from './types.js';
import type { PriceShape } from './pricing.js';
import type { VersionValue } from './version.js';

export class CancellationValue implements Cancellation {
  readonly #receivedDay: number;
  readonly #effectiveDay: number;
  readonly #deadlineDay: number;
  readonly #onTime: boolean;

  constructor(receivedDay: number, effectiveDay: number, deadlineDay: number, onTime: boolean) {
    this.#receivedDay = receivedDay;
    this.#effectiveDay = effectiveDay;
    this.#deadlineDay = deadlineDay;
    this.#onTime = onTime;
  }

  /** @internal */
  get effectiveDay(): number {
    return this.#effectiveDay;
  }

  get onTime(): boolean {
    return this.#onTime;
  }

  get receivedOn(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#receivedDay);
  }

  get noticeDeadline(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#deadlineDay);
  }

  get effectiveOn(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#effectiveDay);
  }

  get lastDay(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#effectiveDay - 1);
  }

  toJSON(): Record<string, unknown> {
    return {
      receivedOn: isoFromEpochDay(this.#receivedDay),
      onTime: this.#onTime,
      noticeDeadline: isoFromEpochDay(this.#deadlineDay),
      effectiveOn: isoFromEpochDay(this.#effectiveDay),
      lastDay: isoFromEpochDay(this.#effectiveDay - 1),
    };
  }
}

/**
 * What stays the same over a contract's life: made once by createContract and
 * shared by every contract a change makes from it. One flat record: its term
 * shape and its price shape (what the plan's price is for, anchored on the
 * start: the term, or the billing cycle) are its own fields, not objects of
 * their own, so a change reads them from one place.
 */
export interface ContractBasis extends TermShape, PriceShape {
  /** Where the contract ends when nobody cancels: the first term's end without renewal, else null (open). */
  readonly uncancelledEndDay: number | null;
  readonly id: string | null;
  readonly catalog: Catalog;
  readonly index: CatalogIndex;
  /** The plan the contract was made with: its term, renewal, notice and customer kind hold for the family. */
  readonly family: Plan;
}

/** The term that contains a day: its number, its full bounds, and the period cut at the contract's end. */
export interface TermInfo {
  readonly index: number;
  readonly startDay: number;
  /** The end of the full term, exclusive, whatever the contract's end. */
  readonly fullEndDay: number;
  /** The term cut at the contract's end (an open-ended contract may end inside one). */
  readonly period: Period;
}

/** The term that contains `day` (on or after the start). */
export function termInfo(shape: TermShape, day: number, endDay: number | null): TermInfo {
  const index = termIndexAt(shape, day);
  const startDay = index === 0 ? shape.startDay : termStart(shape, index);
  const fullEndDay = termStart(shape, index + 1);
  const period = periodFromEpochDays(startDay, endDay !== null && endDay < fullEndDay ? endDay : fullEndDay);
  return { index, startDay, fullEndDay, period };
}

/** The term that contains `day`, cut at the contract's end. */
export function termPeriod(shape: TermShape, day: number, endDay: number | null): Period {
  return termInfo(shape, day, endDay).period;
}

/** The last version of the chain ending at `last` with `fromDay <= day` (the first version starts on the contract's start). */
export function versionAtDay(last: VersionValue, day: number): VersionValue {
  let version = last;
  while (version.fromDay > day) {
    const previous = version.previous;
    if (previous === null) break;
    version = previous;
  }
  return version;
}

/**
 * Every field is private behind a getter: nothing outside can change the value,
 * without the cost of freezing it on the hot path. Lists a caller reads are
 * frozen copies, made on first read. What never changes over the contract's
 * life sits in one shared {@link ContractBasis}, and the versions are a chain
 * (each knows the one before it): a change makes one small value and copies
 * neither the facts nor the list.
 */
export class ContractValue implements Contract {
  readonly #basis: ContractBasis;
  readonly #last: VersionValue;
  readonly #asOfDay: number;
  readonly #cancellation: CancellationValue | null;
  #term: TermInfo | undefined;
  #versions: readonly VersionValue[] | undefined;

  /**
   * @param basis - what holds for the contract's whole life
   * @param last - the last version, scheduled ones included: the others follow its `previous` chain
   * @param asOfDay - the day of the latest event
   * @param cancellation - the accepted cancellation, or null
   * @param term - the term of `asOfDay`, when the caller has it already
   */
  constructor(
    basis: ContractBasis,
    last: VersionValue,
    asOfDay: number,
    cancellation: CancellationValue | null,
    term: TermInfo | undefined,
  ) {
    this.#basis = basis;
    this.#last = last;
    this.#asOfDay = asOfDay;
    this.#cancellation = cancellation;
    this.#term = term;
  }

  /** What holds for the contract's whole life. @internal */
  get basis(): ContractBasis {
    return this.#basis;
  }

  /** The last version, scheduled ones included; the others follow its `previous` chain. @internal */
  get lastVersion(): VersionValue {
    return this.#last;
  }

  /** The day of the latest event, as an epoch day. @internal */
  get asOfDay(): number {
    return this.#asOfDay;
  }

  /** The accepted cancellation as the library reads it. @internal */
  get cancellationValue(): CancellationValue | null {
    return this.#cancellation;
  }

  get id(): string | null {
    return this.#basis.id;
  }

  get catalog(): Catalog {
    return this.#basis.catalog;
  }

  get versions(): readonly ContractVersion[] {
    return this.#versionList();
  }

  /** Every version in date order, from the chain: a frozen list, made on first read. */
  #versionList(): readonly VersionValue[] {
    let list = this.#versions;
    if (list === undefined) {
      const reversed: VersionValue[] = [];
      for (let version: VersionValue | null = this.#last; version !== null; version = version.previous) reversed.push(version);
      list = Object.freeze(reversed.reverse());
      this.#versions = list;
    }
    return list;
  }

  get cancellation(): Cancellation | null {
    return this.#cancellation;
  }

  /** The first day the contract no longer runs, or null while open. @internal */
  get endDay(): number | null {
    const cancellation = this.#cancellation;
    return cancellation !== null ? cancellation.effectiveDay : this.#basis.uncancelledEndDay;
  }

  get start(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#basis.startDay);
  }

  get asOf(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#asOfDay);
  }

  get current(): VersionValue {
    return versionAtDay(this.#last, this.#asOfDay);
  }

  get plan(): Plan {
    return this.current.entry.plan;
  }

  get configuration(): Configuration {
    return this.current.configuration;
  }

  get scheduled(): ContractVersion | null {
    const current = this.current;
    let version = this.#last;
    if (version === current) return null;
    while (version.previous !== current) version = version.previous as VersionValue;
    return version;
  }

  get termMonths(): number {
    return this.#basis.family.termMonths;
  }

  get renewal(): RenewalRule {
    return this.#basis.family.renewal;
  }

  get customer(): CustomerKind {
    return this.#basis.family.policy.customer;
  }

  get notice(): NoticePeriod {
    return this.#basis.family.policy.notice;
  }

  /** The term of `asOf`, with its number. @internal */
  get termInfo(): TermInfo {
    return (this.#term ??= termInfo(this.#basis, this.#asOfDay, this.endDay));
  }

  get term(): Period {
    return this.termInfo.period;
  }

  get termEnd(): Temporal.PlainDate {
    return this.term.end;
  }

  get nextTerm(): Period | null {
    const end = this.endDay;
    const termEndDay = this.term.endDay;
    if (end !== null && end <= termEndDay) return null;
    const shape = this.#basis;
    const index = termIndexAt(shape, termEndDay);
    const nextEnd = termStart(shape, index + 1);
    return periodFromEpochDays(termEndDay, end !== null && end < nextEnd ? end : nextEnd);
  }

  get noticeDeadline(): Temporal.PlainDate | null {
    const shape = this.#basis;
    if (this.#cancellation !== null || shape.renewalMonths === 0) return null;
    if (shape.openEnded && this.#asOfDay >= firstTermEnd(shape)) return null;
    return plainDateFromEpochDay(noticeDeadline(this.term.endDay, this.notice));
  }

  get end(): Temporal.PlainDate | null {
    const end = this.endDay;
    return end === null ? null : plainDateFromEpochDay(end);
  }

  /** Where an ordinary cancellation arriving on `day` would take effect. @internal */
  cancellationFor(day: number): ReturnType<typeof cancellationPoint> {
    return cancellationPoint(this.#basis, day, this.notice);
  }

  toJSON(): Record<string, unknown> {
    const end = this.endDay;
    return {
      id: this.id,
      start: isoFromEpochDay(this.#basis.startDay),
      asOf: isoFromEpochDay(this.#asOfDay),
      planId: this.plan.id,
      configuration: this.configuration,
      termMonths: this.termMonths,
      renewal: this.renewal,
      term: this.term,
      versions: this.#versionList(),
      cancellation: this.cancellation,
      end: end === null ? null : isoFromEpochDay(end),
    };
  }
}

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

/** The facts a contract value is made of. */
export interface ContractFacts {
  readonly id: string | null;
  readonly catalog: Catalog;
  readonly index: CatalogIndex;
  readonly shape: TermShape;
  /** What the plan's price is for, anchored on the start (the term, or the billing cycle). */
  readonly price: PriceShape;
  /** The plan the contract was made with: its term, renewal, notice and customer kind hold for the family. */
  readonly family: Plan;
  readonly versions: readonly VersionValue[];
  readonly asOfDay: number;
  readonly cancellation: CancellationValue | null;
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

/** The same facts after a change: new versions, a later day, maybe a cancellation. */
export function changedFacts(
  facts: ContractFacts,
  versions: readonly VersionValue[],
  asOfDay: number,
  cancellation: CancellationValue | null,
): ContractFacts {
  return {
    id: facts.id,
    catalog: facts.catalog,
    index: facts.index,
    shape: facts.shape,
    price: facts.price,
    family: facts.family,
    versions,
    asOfDay,
    cancellation,
  };
}

/** The last version with `fromDay <= day` (the first version starts on the contract's start). */
export function versionIndexAt(versions: readonly VersionValue[], day: number): number {
  let i = versions.length - 1;
  while (i > 0 && (versions[i] as VersionValue).fromDay > day) i -= 1;
  return i;
}

/**
 * Every field is private behind a getter: nothing outside can change the value,
 * without the cost of freezing it on the hot path. Lists a caller reads are
 * frozen copies, made on first read.
 */
export class ContractValue implements Contract {
  readonly #facts: ContractFacts;
  readonly #currentIndex: number;
  #term: TermInfo | undefined;
  #versions: readonly ContractVersion[] | undefined;

  /** @param term - the term of `facts.asOfDay`, when the caller has it already */
  constructor(facts: ContractFacts, term?: TermInfo) {
    this.#facts = facts;
    this.#currentIndex = versionIndexAt(facts.versions, facts.asOfDay);
    this.#term = term;
  }

  /** The integers and lookups of the contract. @internal */
  get facts(): ContractFacts {
    return this.#facts;
  }

  get id(): string | null {
    return this.#facts.id;
  }

  get catalog(): Catalog {
    return this.#facts.catalog;
  }

  get versions(): readonly ContractVersion[] {
    return (this.#versions ??= Object.freeze([...this.#facts.versions]));
  }

  get cancellation(): Cancellation | null {
    return this.#facts.cancellation;
  }

  /** The first day the contract no longer runs, or null while open. @internal */
  get endDay(): number | null {
    if (this.#facts.cancellation !== null) return this.#facts.cancellation.effectiveDay;
    return this.#facts.shape.renewalMonths === 0 ? firstTermEnd(this.#facts.shape) : null;
  }

  get start(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#facts.shape.startDay);
  }

  get asOf(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.#facts.asOfDay);
  }

  get current(): VersionValue {
    return this.#facts.versions[this.#currentIndex] as VersionValue;
  }

  get plan(): Plan {
    return this.current.entry.plan;
  }

  get configuration(): Configuration {
    return this.current.configuration;
  }

  get scheduled(): ContractVersion | null {
    return this.#facts.versions[this.#currentIndex + 1] ?? null;
  }

  get termMonths(): number {
    return this.#facts.family.termMonths;
  }

  get renewal(): RenewalRule {
    return this.#facts.family.renewal;
  }

  get customer(): CustomerKind {
    return this.#facts.family.policy.customer;
  }

  get notice(): NoticePeriod {
    return this.#facts.family.policy.notice;
  }

  /** The term of `asOf`, with its number. @internal */
  get termInfo(): TermInfo {
    return (this.#term ??= termInfo(this.#facts.shape, this.#facts.asOfDay, this.endDay));
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
    const shape = this.#facts.shape;
    const index = termIndexAt(shape, termEndDay);
    const nextEnd = termStart(shape, index + 1);
    return periodFromEpochDays(termEndDay, end !== null && end < nextEnd ? end : nextEnd);
  }

  get noticeDeadline(): Temporal.PlainDate | null {
    const shape = this.#facts.shape;
    if (this.#facts.cancellation !== null || shape.renewalMonths === 0) return null;
    if (shape.openEnded && this.#facts.asOfDay >= firstTermEnd(shape)) return null;
    return plainDateFromEpochDay(noticeDeadline(this.term.endDay, this.notice));
  }

  get end(): Temporal.PlainDate | null {
    const end = this.endDay;
    return end === null ? null : plainDateFromEpochDay(end);
  }

  /** Where an ordinary cancellation arriving on `day` would take effect. @internal */
  cancellationFor(day: number): ReturnType<typeof cancellationPoint> {
    return cancellationPoint(this.#facts.shape, day, this.notice);
  }

  toJSON(): Record<string, unknown> {
    const end = this.endDay;
    return {
      id: this.id,
      start: isoFromEpochDay(this.#facts.shape.startDay),
      asOf: isoFromEpochDay(this.#facts.asOfDay),
      planId: this.plan.id,
      configuration: this.configuration,
      termMonths: this.termMonths,
      renewal: this.renewal,
      term: this.term,
      versions: this.#facts.versions,
      cancellation: this.cancellation,
      end: end === null ? null : isoFromEpochDay(end),
    };
  }
}
